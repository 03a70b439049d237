import { successfactors } from '../../shared/sites/successfactors.ts';
import { siteScript } from '../capture/site-script.ts';
import { readSuccessfactors } from '../sites/successfactors.ts';

export default siteScript(successfactors, readSuccessfactors);
