import { smartrecruiters } from '../../shared/sites/smartrecruiters.ts';
import { siteScript } from '../capture/site-script.ts';
import { readSmartrecruiters } from '../sites/smartrecruiters.ts';

export default siteScript(smartrecruiters, readSmartrecruiters);
