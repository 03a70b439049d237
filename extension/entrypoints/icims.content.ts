import { icims } from '../../shared/sites/icims.ts';
import { siteScript } from '../capture/site-script.ts';
import { readIcims } from '../sites/icims.ts';

export default siteScript(icims, readIcims);
