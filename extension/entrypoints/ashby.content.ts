import { ashby } from '../../shared/sites/ashby.ts';
import { siteScript } from '../capture/site-script.ts';
import { readAshby } from '../sites/ashby.ts';

export default siteScript(ashby, readAshby);
