import { teamtailor } from '../../shared/sites/teamtailor.ts';
import { siteScript } from '../capture/site-script.ts';
import { readTeamtailor } from '../sites/teamtailor.ts';

export default siteScript(teamtailor, readTeamtailor);
