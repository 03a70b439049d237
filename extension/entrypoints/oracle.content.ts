import { oracle } from '../../shared/sites/oracle.ts';
import { siteScript } from '../capture/site-script.ts';
import { readOracle } from '../sites/oracle.ts';

export default siteScript(oracle, readOracle);
