import { stepstone } from '../../shared/sites/stepstone.ts';
import { siteScript } from '../capture/site-script.ts';
import { readStepstone } from '../sites/stepstone.ts';

export default siteScript(stepstone, readStepstone);
