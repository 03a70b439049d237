import { linkedin } from '../../shared/sites/linkedin.ts';
import { siteScript } from '../capture/site-script.ts';
import { readLinkedin } from '../sites/linkedin.ts';

export default siteScript(linkedin, readLinkedin);
