import { wellfound } from '../../shared/sites/wellfound.ts';
import { siteScript } from '../capture/site-script.ts';
import { readWellfound } from '../sites/wellfound.ts';

export default siteScript(wellfound, readWellfound);
