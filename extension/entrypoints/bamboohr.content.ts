import { bamboohr } from '../../shared/sites/bamboohr.ts';
import { siteScript } from '../capture/site-script.ts';
import { readBamboohr } from '../sites/bamboohr.ts';

export default siteScript(bamboohr, readBamboohr);
