import { indeed } from '../../shared/sites/indeed.ts';
import { siteScript } from '../capture/site-script.ts';
import { readIndeed } from '../sites/indeed.ts';

export default siteScript(indeed, readIndeed);
