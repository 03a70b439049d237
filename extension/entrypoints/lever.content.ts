import { lever } from '../../shared/sites/lever.ts';
import { siteScript } from '../capture/site-script.ts';
import { readLever } from '../sites/lever.ts';

export default siteScript(lever, readLever);
