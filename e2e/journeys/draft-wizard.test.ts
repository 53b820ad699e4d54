import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { checkA11y } from '../support/a11y.js';
import { newEmail } from '../support/accounts.js';
import { screenshot, useBrowser } from '../support/browser.js';
import { accessibleDescription, naming, waitForHeading } from '../support/flows.js';
import {
  createCase,
  isFocused,
  issueIntake,
  readAccessMail,
  registerConsumer,
} from '../support/intake.js';
import { mailIdsFor, messageText, waitForNewMessage } from '../support/mailbox.js';
import { signInStaff } from '../support/staff.js';

// Seed 000 from the access e-mail to the confirmation e-mail (QC-2 to QC-7, DOC-1): at 360 px
// with the pointer, an incomplete submission refused first, a 25 MB file and a renamed program
// refused, damages backed by a document; then the whole wizard with the keyboard only, in English.

const browser = useBrowser();

/** A small valid PDF (one empty page): the content check reads it as a PDF. */
function tinyPdf(text: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>`,
  ];
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Presses Tab (at most `max` times) until `target` has the focus: how a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  if (!(await isFocused(target))) throw new Error(`Tab never reached ${String(target)}`);
}

async function tabAndType(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

/** The newest e-mail to `email` after `seen`, read on the mailbox page like a person would. */
async function readMail(page: Page, email: string, seen: Set<string>): Promise<string> {
  const message = await waitForNewMessage(email, seen, 30_000);
  await page.goto(`/mailbox/${message.id}`);
  await page.getByRole('main').getByRole('heading', { level: 1, name: message.subject }).waitFor();
  const shown = await page.getByRole('main').locator('pre').innerText();
  expect(shown).toBe((await messageText(message.id)).trim());
  return `${message.subject}\n${shown}`;
}

describe('draft wizard at 360 px (seed 000)', () => {
  test('an incomplete case is refused, bad files are refused, damages need a document', async () => {
    const tag = 'wizard-360';
    const agent = await browser.person('staff wizard 360');
    const email = newEmail('wizard-360');
    await signInStaff(agent.context, agent.page, tag);
    const issued = await issueIntake(agent.page, tag, email);

    const { context, page } = await browser.person('consumer wizard 360', { viewport: 'phone' });
    await registerConsumer(context, page, email, tag);
    const access = await readAccessMail(context, email, tag);
    await createCase(page, access);
    await waitForHeading(page, issued.caseNumber);
    const main = page.getByRole('main');
    const steps = main.getByRole('navigation', { name: 'Étapes du dossier' });

    // Straight to the review: the missing information is listed and submitting is refused.
    await steps.getByRole('link', { name: naming('Révision et soumission du dossier') }).click();
    await page.waitForURL(/\/review$/);
    const review = main.getByRole('region', { name: 'Révision et soumission du dossier' });
    await review
      .getByRole('heading', { name: 'Renseignements manquants avant la soumission' })
      .waitFor();
    await checkA11y(page, `${tag} – review, incomplete`);
    await main.getByRole('button', { name: 'Soumettre mon dossier' }).click();
    const dialog = page.getByRole('dialog', { name: 'Soumettre votre dossier au commerçant?' });
    await dialog.getByRole('button', { name: 'Confirmer la soumission' }).click();
    // The dialog stays open with the API's reasons; the case is still a draft.
    await dialog.getByText(/Votre dossier est incomplet/).waitFor();
    await checkA11y(page, `${tag} – submission refused`);
    await screenshot(page, `${tag}-01-refused`);
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'detached' });
    await main.getByText(/^Statut\s+Ébauche$/).waitFor();

    // Parties.
    await steps.getByRole('link', { name: naming('Parties') }).click();
    await page.waitForURL(/\/parties$/);
    await page.getByLabel('Numéro de téléphone', { exact: true }).fill('438 555-0142');
    await page
      .getByLabel('Adresse postale', { exact: true })
      .fill('45, rue Saint-Denis\nMontréal QC H2X 3K8');
    await main
      .getByRole('checkbox', { name: 'Je confirme que ces renseignements sont exacts.' })
      .check();
    await main.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await steps.getByRole('link', { name: naming('Parties – terminée') }).waitFor();
    await checkA11y(page, `${tag} – Parties`);

    // Description du problème: the required fields.
    await steps.getByRole('link', { name: naming('Description du problème') }).click();
    await page.waitForURL(/\/description$/);
    await page
      .getByLabel(naming('Quel est le bien ou le service à l’origine de votre problème'))
      .fill('Canapé trois places');
    await page
      .getByLabel('Montant indiqué sur la facture ou le contrat avec le commerçant', {
        exact: true,
      })
      .fill('899,99');
    await main
      .getByRole('group', { name: naming('Avez-vous payé ce montant en totalité?') })
      .getByRole('radio', { name: 'Oui', exact: true })
      .check();
    await page.getByLabel('Date de la facture ou de la conclusion du contrat').fill('2026-08-02');
    await main
      .getByRole('group', { name: naming('Lieu ou mode de conclusion du contrat ou de la vente') })
      .getByRole('radio', { name: naming('En magasin') })
      .check();
    await main
      .getByRole('group', { name: naming('avez-vous déjà communiqué') })
      .getByRole('radio', { name: 'Non', exact: true })
      .check();
    await page
      .getByLabel('Adresse postale ou Web du commerçant où vous avez fait affaire', { exact: true })
      .fill('https://canapes.exemple.ca');
    await main
      .getByRole('group', { name: naming('Nature du problème') })
      .getByRole('checkbox', { name: 'Bien défectueux', exact: true })
      .check();
    await main.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await steps.getByRole('link', { name: naming('Description du problème – terminée') }).waitFor();
    await checkA11y(page, `${tag} – Description du problème`);

    // Documents: a 25 MB file and a renamed program are refused with their reasons, a PDF is added.
    await steps.getByRole('link', { name: naming('Documents') }).click();
    await page.waitForURL(/\/documents$/);
    const fileField = page.getByLabel('Document à ajouter', { exact: true });
    const add = main.getByRole('button', { name: 'Ajouter le document' });
    const big = Buffer.alloc(25 * 1024 * 1024, 0x20);
    tinyPdf('grosse facture').copy(big);
    await fileField.setInputFiles({
      name: 'photos-canape.pdf',
      mimeType: 'application/pdf',
      buffer: big,
    });
    await add.click();
    await expect
      .poll(() => accessibleDescription(fileField), { timeout: 30_000 })
      .toMatch(/dépasse 20 Mo/);
    await checkA11y(page, `${tag} – Documents, too large`);
    const program = Buffer.alloc(4096, 0);
    program.write('MZ', 0, 'latin1');
    program.writeUInt32LE(0x80, 0x3c);
    program.write('PE\0\0', 0x80, 'latin1');
    await fileField.setInputFiles({
      name: 'facture.pdf',
      mimeType: 'application/pdf',
      buffer: program,
    });
    await add.click();
    await expect
      .poll(() => accessibleDescription(fileField))
      .toMatch(/programmes et les scripts ne sont pas acceptés|ne correspond pas à son contenu/);
    await screenshot(page, `${tag}-02-refused-files`);
    await fileField.setInputFiles({
      name: 'devis-reparation.pdf',
      mimeType: 'application/pdf',
      buffer: tinyPdf('Devis 350,00'),
    });
    await add.click();
    const list = main.getByRole('region', { name: 'Documents du dossier' });
    await list.getByRole('listitem').filter({ hasText: 'devis-reparation.pdf' }).waitFor();
    expect(await list.getByRole('listitem').count()).toBe(1);
    await main.getByRole('button', { name: naming('Enregistrer l’étape Documents') }).click();
    await steps.getByRole('link', { name: naming('Documents – terminée') }).waitFor();
    await checkA11y(page, `${tag} – Documents, added`);

    // Proposition: damages with their amount and the supporting document just added.
    await steps.getByRole('link', { name: naming('Proposition') }).click();
    await page.waitForURL(/\/proposal$/);
    const solutions = main.getByRole('group', { name: naming('Solutions proposées') });
    await solutions.getByRole('checkbox', { name: 'Dommages-intérêts', exact: true }).check();
    await page.getByLabel('Montant des dommages-intérêts', { exact: true }).fill('350');
    await page
      .getByLabel('Pièce justificative', { exact: true })
      .selectOption({ label: 'devis-reparation.pdf' });
    await page
      .getByLabel("Précisions et modalités d'application de l'entente (délais, conditions, etc.)", {
        exact: true,
      })
      .fill('Paiement par chèque dans les 15 jours suivant l’entente.');
    await main.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await steps.getByRole('link', { name: naming('Proposition – terminée') }).waitFor();
    await checkA11y(page, `${tag} – Proposition, damages`);
    await screenshot(page, `${tag}-03-damages`);

    // Review: the preview reads like the proposal; submission; "Statut Négociation".
    await steps.getByRole('link', { name: naming('Révision et soumission du dossier') }).click();
    await review.getByText('Votre dossier est complet : vous pouvez le soumettre.').waitFor();
    await main.getByRole('button', { name: naming('Prévisualiser l’entente') }).click();
    const preview = main.getByRole('region', { name: naming('Aperçu de l’entente') });
    await preview
      .getByText(/350,00/)
      .first()
      .waitFor();
    await preview.getByText('Paiement par chèque dans les 15 jours suivant l’entente.').waitFor();
    await checkA11y(page, `${tag} – review, preview`);
    await screenshot(page, `${tag}-04-preview`);
    const seen = await mailIdsFor(email);
    await main.getByRole('button', { name: 'Soumettre mon dossier' }).click();
    await dialog.getByRole('button', { name: 'Confirmer la soumission' }).click();
    await main.getByText(/^Statut\s+Négociation$/).waitFor();
    await checkA11y(page, `${tag} – submitted`);

    // The confirmation e-mail of seed 000, read in the mailbox page.
    const mail = await readMail(page, email, seen);
    expect(mail).toContain(`Votre dossier ${issued.caseNumber} a été soumis`);
    expect(mail).toMatch(/votre proposition a été soumise au commerçant/);
    await checkA11y(page, `${tag} – confirmation e-mail`);
    await screenshot(page, `${tag}-05-confirmation-mail`);
  }, 240_000);
});

describe('draft wizard with the keyboard only, in English', () => {
  test('every step is completed and the case submitted without a pointer', async () => {
    const tag = 'wizard-keyboard';
    const agent = await browser.person('staff wizard keyboard');
    const email = newEmail('wizard-keyboard');
    await signInStaff(agent.context, agent.page, tag);
    const issued = await issueIntake(agent.page, tag, email);

    const { context, page } = await browser.person('consumer wizard keyboard');
    await registerConsumer(context, page, email, tag);
    const access = await readAccessMail(context, email, tag);
    await createCase(page, access);
    await waitForHeading(page, issued.caseNumber);
    const main = page.getByRole('main');

    // "English" in the header, by keyboard.
    await tabTo(
      page,
      page.getByRole('button', { name: 'English' }).or(page.getByRole('link', { name: 'English' })),
    );
    await page.keyboard.press('Enter');
    const steps = main.getByRole('navigation', { name: 'Case steps' });
    await steps.waitFor();
    await checkA11y(page, `${tag} – wizard in English`);

    // Parties.
    await tabAndType(page, page.getByLabel('Phone number', { exact: true }), '514 555-0177');
    await tabAndType(
      page,
      page.getByLabel('Postal address', { exact: true }),
      '9 Sherbrooke St W, Montreal QC H2X 1X3',
    );
    await tabTo(
      page,
      main.getByRole('checkbox', { name: 'I confirm that this information is accurate.' }),
    );
    await page.keyboard.press('Space');
    await tabTo(page, main.getByRole('button', { name: 'Save', exact: true }));
    await page.keyboard.press('Enter');
    await steps.getByRole('link', { name: naming('Parties – done') }).waitFor();

    // Problem description.
    await tabTo(page, steps.getByRole('link', { name: naming('Problem description') }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/description$/);
    await tabAndType(
      page,
      page.getByLabel(naming('Which good or service is your problem about')),
      'Laptop',
    );
    await tabAndType(
      page,
      page.getByLabel('Amount shown on the invoice or the contract with the merchant', {
        exact: true,
      }),
      '1,299.00',
    );
    const paid = main.getByRole('group', { name: naming('Have you paid this amount in full?') });
    await tabTo(page, paid.getByRole('radio').first());
    await page.keyboard.press('Space');
    await tabAndType(page, page.getByLabel('Date of the invoice or of the contract'), '09102026');
    const place = main.getByRole('group', {
      name: naming('Place or manner in which the contract'),
    });
    await tabTo(page, place.getByRole('radio').first());
    await page.keyboard.press('Space');
    await tabAndType(
      page,
      page.getByLabel('Postal or web address of the merchant you dealt with', { exact: true }),
      'https://laptops.example.com',
    );
    const prior = main.getByRole('group', { name: naming('did you contact the merchant') });
    await tabTo(page, prior.getByRole('radio').first());
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => prior.getByRole('radio', { name: 'No', exact: true }).isChecked())
      .toBe(true);
    const natures = main.getByRole('group', { name: naming('Nature of the problem') });
    await tabTo(page, natures.getByRole('checkbox', { name: 'Defective good', exact: true }));
    await page.keyboard.press('Space');
    await tabTo(page, main.getByRole('button', { name: 'Save', exact: true }));
    await page.keyboard.press('Enter');
    await steps.getByRole('link', { name: naming('Problem description – done') }).waitFor();
    await checkA11y(page, `${tag} – description saved`);

    // Proposal.
    await tabTo(page, steps.getByRole('link', { name: naming('Proposal') }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/proposal$/);
    const solutions = main.getByRole('group', { name: naming('Proposed solutions') });
    await tabTo(
      page,
      solutions.getByRole('checkbox', { name: 'Replacement of the good', exact: true }),
    );
    await page.keyboard.press('Space');
    await tabAndType(
      page,
      page.getByLabel('Details and terms of the agreement (deadlines, conditions, etc.)', {
        exact: true,
      }),
      'Replacement within 10 business days.',
    );
    await tabTo(page, main.getByRole('button', { name: 'Save', exact: true }));
    await page.keyboard.press('Enter');
    await steps.getByRole('link', { name: naming('Proposal – done') }).waitFor();

    // Documents: none needed; the step is saved.
    await tabTo(page, steps.getByRole('link', { name: naming('Documents') }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/documents$/);
    await tabTo(page, main.getByRole('button', { name: 'Save the Documents step' }));
    await page.keyboard.press('Enter');
    await steps.getByRole('link', { name: naming('Documents – done') }).waitFor();

    // Review and submission, confirmed from the keyboard.
    await tabTo(
      page,
      steps.getByRole('link', { name: naming('Review and submission of the case') }),
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/review$/);
    await main.getByText('Your case is complete: you may submit it.').waitFor();
    await tabTo(page, main.getByRole('button', { name: 'Preview the agreement' }));
    await page.keyboard.press('Enter');
    await main
      .getByRole('region', { name: 'Agreement preview' })
      .getByText('Replacement within 10 business days.')
      .waitFor();
    await checkA11y(page, `${tag} – review`);
    await screenshot(page, `${tag}-01-review`);
    const seen = await mailIdsFor(email);
    await tabTo(page, main.getByRole('button', { name: 'Submit my case' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Submit your case to the merchant?' });
    await dialog.waitFor();
    await tabTo(page, dialog.getByRole('button', { name: 'Confirm the submission' }), 5);
    await page.keyboard.press('Enter');
    await main.getByText(/^Status\s+Negotiation$/).waitFor();
    await checkA11y(page, `${tag} – submitted`);
    await screenshot(page, `${tag}-02-submitted`);

    // The preferred language followed the switch: the confirmation e-mail is in English.
    const mail = await readMail(page, email, seen);
    expect(mail).toContain(`Your case ${issued.caseNumber} has been submitted`);
  }, 240_000);
});
