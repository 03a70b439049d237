/**
 * What Jobsmith sends off the device, as Firefox's data-collection consent names it: nothing
 * unless the user signs in to sync, and then their profile (name, email, phone: personally
 * identifying), the job pages they saved (website content and where they browsed) and the
 * analytics of their own applications (technical and interaction data). The manifest declares
 * these as optional (wxt.config.ts); signing in asks for them.
 */
export const SYNC_DATA_COLLECTION = ['personallyIdentifyingInfo', 'websiteContent', 'browsingActivity', 'technicalAndInteraction'] as const;
