import type { Config } from '../config.ts';

/** The same short footer ends every answer, whatever its status. */
export function footer(contacts: Config['contacts']): string {
  const dpo = contacts.dpoName ? `Data Protection Officer (${contacts.dpoName})` : 'Data Protection Officer';
  const guardian = contacts.caldicottGuardianName
    ? `Caldicott Guardian (${contacts.caldicottGuardianName})`
    : 'Caldicott Guardian';
  return (
    `_This is guidance, not legal advice. If you are unsure, ask your ${dpo} or ${guardian}. ` +
    'If someone is at immediate risk of serious harm, act now: call 999 and share what is needed to protect them._'
  );
}
