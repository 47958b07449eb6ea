import { playbookCollections } from 'sales-playbook/content';

export const collections = playbookCollections();
