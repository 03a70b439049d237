import { recruitee } from '../../shared/sites/recruitee.ts';
import { siteScript } from '../capture/site-script.ts';
import { readRecruitee } from '../sites/recruitee.ts';

export default siteScript(recruitee, readRecruitee);
