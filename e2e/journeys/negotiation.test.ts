import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { checkA11y } from '../support/a11y.js';
import { newEmail } from '../support/accounts.js';
import { screenshot, useBrowser } from '../support/browser.js';
import { expectPath, fr, naming, submitCode, waitForHeading } from '../support/flows.js';
import { createCase, isFocused, readAccessMail, registerConsumer } from '../support/intake.js';
import {
  mailIdsFor,
  messageText,
  readCodeFromMailbox,
  waitForNewMessage,
} from '../support/mailbox.js';
import { downloadFrom, normalizeSpaces, pdfText } from '../support/pdf.js';
import {
  enrolBusiness,
  issueIntakeThroughApi,
  signInDemoMerchant,
  submitDraftThroughApi,
} from '../support/api-setup.js';
import { signInStaff } from '../support/staff.js';

// QC-9 to QC-13, QC-14, REP-1 to REP-3, DOC-1 to DOC-3 on the case page: the merchant's
// representative takes charge, the consumer names a representative who registers from the
// invitation and takes over, the merchant counter-proposes with the agreement preview, the
// representative accepts with the keyboard only at 360 px, both sides read "Entente conclue", and
// the consumer downloads the agreement and the case summary, read back with pdftotext. Axe runs
// on every page.

const browser = useBrowser();

/** ORG-1 set-up by staff: a business with the demo representative, and an intake for it. */
async function enrolBusinessAndIssue(
  page: Page,
  consumerEmail: string,
): Promise<{ id: string; legalName: string }> {
  const business = await enrolBusiness(page, {
    name: 'Meubles Négociation',
    sector: 'Meubles',
    line1: '10, rue du Commerce',
    city: 'Montréal',
  });
  await issueFor(page, consumerEmail, business.id);
  return business;
}

async function issueFor(page: Page, consumerEmail: string, businessId: string): Promise<void> {
  await issueIntakeThroughApi(page, { name: 'Alex Intake', email: consumerEmail }, businessId);
}

/** "Créer un dossier" with the newest access code, then the draft submitted: its id. */
async function openSubmittedCase(consumer: { context: BrowserContext; page: Page }, email: string) {
  const access = await readAccessMail(consumer.context, email, 'nego');
  await consumer.page.goto('/cases');
  await createCase(consumer.page, access);
  const caseId = /\/cases\/([0-9a-f-]{36})$/.exec(consumer.page.url())?.[1];
  if (!caseId) throw new Error(`no case id in ${consumer.page.url()}`);
  await submitDraft(consumer.page, caseId);
  return caseId;
}

/** The draft filled and submitted through the wizard's routes (the wizard has its journey). */
async function submitDraft(page: Page, caseId: string): Promise<void> {
  await submitDraftThroughApi(page, caseId, {
    parties: {
      consumerPhone: '514 555-0123',
      consumerAddress: '123, rue Principale\nMontréal QC H2X 1Y4',
      confirmed: true,
    },
    description: {
      goodOrService: 'Canapé trois places',
      brand: 'Confort Plus',
      paidInFull: true,
      contractPlace: 'in_store',
      merchantAddress: '10, rue du Commerce, Montréal',
      priorSteps: true,
      priorStepsDetails: 'Appel au magasin le 2 octobre, sans suite.',
      problemNatures: ['defective_good'],
      additionalInformation: 'Le tissu s’est déchiré après deux semaines.',
    },
    proposal: {
      solutions: [{ kind: 'refund', amountMinor: 89_900 }],
      terms: 'Remboursement par virement dans les 10 jours.',
    },
  });
}

async function signInMerchant(_context: BrowserContext, page: Page): Promise<void> {
  await signInDemoMerchant(page);
}

/** The representative's invitation e-mail: case number and validation key (REP-2). */
async function readInvitation(email: string, seen: Set<string>) {
  const message = await waitForNewMessage(email, seen, 30_000);
  const text = await messageText(message.id);
  const caseNumber = /Numéro de dossier : (\S+)/.exec(text)?.[1];
  const key = /^\s*([A-HJ-NP-Za-hjkmnp-z2-9]{12})\s*$/m.exec(text)?.[1];
  if (!caseNumber || !key) throw new Error(`no case number or key in:\n${text}`);
  return { caseNumber, key };
}

/**
 * REP-2 from the invitation: "Créer un compte" on the signed-out activation page, the
 * registration form, the e-mailed code, then back on "Activer une représentation" (`?next=`).
 */
async function registerFromActivation(context: BrowserContext, page: Page, email: string) {
  await page.getByRole('main').getByRole('link', { name: 'Créer un compte' }).click();
  await expectPath(page, '/register');
  expect(new URL(page.url()).searchParams.get('next')).toBe('/representations/activate');
  await waitForHeading(page, /inscrire/);
  const main = page.getByRole('main');
  await page.getByLabel('Prénom', { exact: true }).fill('Rose');
  await page.getByLabel('Nom', { exact: true }).fill('Aidant');
  await page.getByLabel(fr.email, { exact: true }).fill(email);
  await page.getByLabel(fr.password, { exact: true }).fill('Lanterne-Courgette-Prairie-82');
  await main.getByRole('checkbox', { name: naming('conditions d’utilisation') }).check();
  await main.getByRole('checkbox', { name: naming('règles de confidentialité') }).check();
  const seen = await mailIdsFor(email);
  await main.getByRole('button', { name: 'Créer mon compte' }).click();
  await page.getByLabel(fr.code, { exact: true }).waitFor();
  const mail = await readCodeFromMailbox(context, email, { seen });
  await submitCode(page, mail.code);
  await expectPath(page, '/representations/activate');
}

/** QC-12, QC-13: the merchant's counter-proposal, as typed, then as the agreement must print it. */
const counter = {
  reduction: '150,00',
  terms:
    'Réparation en atelier dans les 15 jours, afin de fixer le tissu déchiré.\n' +
    'L’équipe du magasin reprend le canapé à domicile « sans frais » et le rapporte.',
} as const;

const tab = (page: Page, name: string) => page.getByRole('main').getByRole('tab', { name });

describe('negotiation on the case page', () => {
  test('take charge, a representative registers and takes over, counter-proposal, keyboard acceptance, agreement and summary PDFs (QC-9 to QC-13, REP-1 to REP-3, DOC-3)', async () => {
    // Set-up: staff enrol the business and issue the access code; the consumer opens the case.
    const agent = await browser.person('staff negotiation');
    const consumerEmail = newEmail('nego');
    await signInStaff(agent.context, agent.page, 'nego');
    const business = await enrolBusinessAndIssue(agent.page, consumerEmail);

    const consumer = await browser.person('negotiation consumer');
    const cp = consumer.page;
    await registerConsumer(consumer.context, cp, consumerEmail, 'nego');
    const access = await readAccessMail(consumer.context, consumerEmail, 'nego');
    await createCase(cp, access);
    const caseId = /\/cases\/([0-9a-f-]{36})$/.exec(cp.url())?.[1];
    if (!caseId) throw new Error(`no case id in ${cp.url()}`);
    await submitDraft(cp, caseId);
    await cp.reload();
    const cMain = cp.getByRole('main');
    await cMain.getByText(/^Statut\s+Négociation$/).waitFor();

    // QC-11: four tabs, the summary first; the consumer sees nobody has taken charge yet.
    await tab(cp, 'Résumé du dossier').waitFor();
    const names = await cMain.getByRole('tab').allInnerTexts();
    expect(names.map((n) => n.trim())).toEqual([
      'Résumé du dossier',
      'Documents',
      'Tableau des propositions',
      'Centre de messagerie',
    ]);
    await cMain
      .getByText(naming("La négociation s'amorcera lorsqu'un représentant"))
      .first()
      .waitFor();
    await cMain.getByText('Canapé trois places').waitFor();
    await checkA11y(cp, 'nego consumer – Résumé du dossier');
    await screenshot(cp, 'nego-01-consumer-resume');

    // ADR 0016: the WAI-ARIA tabs pattern. Arrows (wrapping), Home and End move the focus and
    // select; the selection is the URL.
    await tab(cp, 'Résumé du dossier').focus();
    await cp.keyboard.press('ArrowRight');
    await expectPath(cp, `/cases/${caseId}/documents`);
    // The URL changes first, the tabs render the selection right after.
    await expect.poll(() => tab(cp, 'Documents').getAttribute('aria-selected')).toBe('true');
    expect(await isFocused(tab(cp, 'Documents'))).toBe(true);
    await cp.keyboard.press('End');
    await expectPath(cp, `/cases/${caseId}/messages`);
    await cp.keyboard.press('ArrowRight');
    await expectPath(cp, `/cases/${caseId}/resume`);
    await expect
      .poll(() => tab(cp, 'Résumé du dossier').getAttribute('aria-selected'))
      .toBe('true');
    expect(await isFocused(tab(cp, 'Résumé du dossier'))).toBe(true);
    await cMain.getByText('Canapé trois places').waitFor();

    // QC-9, QC-10: the merchant's representative sees both buttons and takes charge.
    const merchantPerson = await browser.person('negotiation merchant');
    const mp = merchantPerson.page;
    await signInMerchant(merchantPerson.context, mp);
    await mp.goto(`/cases/${caseId}`);
    const mMain = mp.getByRole('main');
    await mMain.getByRole('button', { name: 'Refuser de négocier' }).click();
    const refuse = mp.getByRole('dialog', { name: 'Refuser de négocier?' });
    await refuse.getByRole('button', { name: 'Confirmer le refus' }).click();
    await refuse.getByText('Indiquez la raison du refus.').waitFor();
    await checkA11y(mp, 'nego merchant – refuse dialog');
    await refuse.getByRole('button', { name: 'Annuler' }).click();
    await refuse.waitFor({ state: 'detached' });
    await checkA11y(mp, 'nego merchant – Résumé before taking charge');
    await mMain.getByRole('button', { name: 'Prendre en charge ce dossier' }).click();
    await mMain.getByText(/Sophie Roy, depuis le/).waitFor();
    // The summary and the actions are separate queries: the refusal goes once both are fresh.
    const refuseButton = mMain.getByRole('button', { name: 'Refuser de négocier' });
    await refuseButton.waitFor({ state: 'detached' });
    expect(await refuseButton.count()).toBe(0);
    await screenshot(mp, 'nego-02-merchant-took-charge');

    // REP-1: the consumer names a representative from the summary (qc attestations required).
    await cp.reload();
    await cMain.getByText(/Sophie Roy, depuis le/).waitFor();
    await cMain
      .getByRole('button', { name: 'Ajouter une représentante ou un représentant' })
      .click();
    const repForm = cMain.getByRole('region', {
      name: 'Ajouter une représentante ou un représentant',
    });
    await repForm.getByRole('button', { name: 'Soumettre', exact: true }).click();
    await cMain.getByRole('heading', { name: /contient des erreurs/ }).waitFor();
    await checkA11y(cp, 'nego consumer – representative form, errors');
    const repEmail = newEmail('nego-rep');
    await repForm.getByLabel('Prénom', { exact: true }).fill('Rose');
    await repForm.getByLabel('Nom', { exact: true }).fill('Aidant');
    await repForm.getByLabel('Lien avec vous', { exact: true }).fill('Fille');
    await repForm.getByLabel('Adresse courriel', { exact: true }).fill(repEmail);
    await repForm.getByRole('checkbox', { name: naming("n'est pas avocate") }).check();
    await repForm.getByRole('checkbox', { name: /au moins 18 ans/ }).check();
    await repForm.getByRole('checkbox', { name: /J.autorise cette personne/ }).check();
    const seenRep = await mailIdsFor(repEmail);
    await repForm.getByRole('button', { name: 'Soumettre', exact: true }).click();
    await cMain.getByText(/Rose Aidant \(Fille\) : invitation envoyée/).waitFor();
    await checkA11y(cp, 'nego consumer – representative invited');

    // REP-2: the representative creates an account, then "Activer une représentation".
    const rep = await browser.person('negotiation representative', { viewport: 'phone' });
    const rp = rep.page;
    const invitation = await readInvitation(repEmail, seenRep);
    await rp.goto('/representations/activate');
    await waitForHeading(rp, 'Activer une représentation');
    await checkA11y(rp, 'nego representative – activation, signed out');
    await registerFromActivation(rep.context, rp, repEmail);
    await waitForHeading(rp, 'Activer une représentation');
    const rMain = rp.getByRole('main');
    await rp.getByLabel('Numéro de dossier', { exact: true }).fill(invitation.caseNumber);
    await rp.getByLabel('Clé de validation', { exact: true }).fill('ABCDEFGHJKMN');
    await rMain.getByRole('button', { name: 'Activer la représentation' }).click();
    await expect
      .poll(async () =>
        rp.getByLabel('Clé de validation', { exact: true }).getAttribute('aria-invalid'),
      )
      .toBe('true');
    await checkA11y(rp, 'nego representative – activation, wrong key');
    await rp.getByLabel('Clé de validation', { exact: true }).fill(invitation.key);
    await rMain.getByRole('button', { name: 'Activer la représentation' }).click();
    await expectPath(rp, `/cases/${caseId}`);
    await rMain.getByText(/^Statut\s+Négociation$/).waitFor();
    await checkA11y(rp, 'nego representative – case summary (360 px)');

    // REP-3: the consumer now reads the proposals without acting; documents stay open to them.
    await cp.reload();
    await cMain.getByText(/Rose Aidant \(Fille\) vous représente/).waitFor();
    await tab(cp, 'Tableau des propositions').click();
    await expectPath(cp, `/cases/${caseId}/propositions`);
    await cMain.getByText(/seul votre représentant peut y répondre/).waitFor();
    expect(await cMain.getByRole('button', { name: 'Modifier' }).count()).toBe(0);
    await checkA11y(cp, 'nego consumer – proposals, represented');
    await tab(cp, 'Documents').click();
    await expectPath(cp, `/cases/${caseId}/documents`);
    await cp.getByLabel('Document à ajouter', { exact: true }).setInputFiles({
      name: 'photo-canape.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Description de la déchirure du tissu, côté gauche.\n'),
    });
    await cMain.getByRole('button', { name: 'Ajouter le document' }).click();
    await cMain
      .getByRole('region', { name: 'Documents du dossier' })
      .getByRole('listitem')
      .filter({ hasText: 'photo-canape.txt' })
      .getByText(/Ajouté par Alex Intake le/)
      .waitFor();
    await checkA11y(cp, 'nego consumer – Documents');
    await screenshot(cp, 'nego-03-consumer-documents');

    // QC-12: the merchant counter-proposes with the same form and previews the agreement.
    await mp.goto(`/cases/${caseId}/propositions`);
    await mMain.getByText('Proposition du consommateur', { exact: false }).first().waitFor();
    await mMain.getByText(/C.est à votre tour de répondre/).waitFor();
    await checkA11y(mp, 'nego merchant – proposals');
    await mMain.getByRole('button', { name: 'Faire une contre-proposition' }).click();
    const editor = mMain.getByRole('region', { name: 'Contre-proposition' });
    const solutions = editor.getByRole('group', { name: naming('Solutions proposées') });
    await solutions.getByRole('checkbox', { name: 'Remboursement', exact: true }).uncheck();
    await solutions.getByRole('checkbox', { name: 'Réparation du bien', exact: true }).check();
    await solutions.getByRole('checkbox', { name: 'Réduction du prix', exact: true }).check();
    await editor.getByLabel('Montant de la réduction', { exact: true }).fill(counter.reduction);
    await editor
      .getByLabel("Précisions et modalités d'application de l'entente (délais, conditions, etc.)", {
        exact: true,
      })
      .fill(counter.terms);
    await editor.getByRole('button', { name: naming("Prévisualiser l'entente") }).click();
    const preview = editor.getByRole('region', { name: naming("Aperçu de l'entente") });
    await preview.getByText('Le commerçant répare le bien.').waitFor();
    await preview.getByText(/réduction de prix de 150,00/).waitFor();
    await checkA11y(mp, 'nego merchant – counter-proposal preview');
    await screenshot(mp, 'nego-04-merchant-preview');
    await preview.getByRole('button', { name: 'Soumettre', exact: true }).click();
    await mMain.getByText('En attente de la réponse du consommateur.').waitFor();
    await mMain.getByRole('button', { name: 'Modifier' }).waitFor();

    // QC-12 at 360 px, keyboard only: the representative ticks the box and accepts.
    await rp.goto(`/cases/${caseId}/propositions`);
    await rMain.getByText(/C.est à votre tour de répondre/).waitFor();
    await rMain
      .getByText(/Réduction du prix : 150,00/)
      .first()
      .waitFor();
    await checkA11y(rp, 'nego representative – proposals (360 px)');
    await screenshot(rp, 'nego-05-representative-proposals-360');
    const box = rMain.getByRole('checkbox', { name: /J.accepte cette proposition/ });
    const accept = rMain.getByRole('button', { name: 'Accepter la proposition' });
    await rMain.getByRole('heading', { level: 2, name: 'Tableau des propositions' }).waitFor();
    await rMain.getByRole('tab', { name: 'Tableau des propositions' }).focus();
    for (let i = 0; i < 30 && !(await isFocused(box)); i++) await rp.keyboard.press('Tab');
    expect(await isFocused(box)).toBe(true);
    await rp.keyboard.press('Space');
    await rp.keyboard.press('Tab');
    expect(await isFocused(accept)).toBe(true);
    await rp.keyboard.press('Enter');
    await rMain.getByText('Entente conclue', { exact: true }).first().waitFor();
    await rMain.getByText(/^Statut\s+Fermé$/).waitFor();
    await checkA11y(rp, 'nego representative – agreement (360 px)');
    await screenshot(rp, 'nego-06-agreement-360');

    // Both parties read the agreement; the history keeps every proposal.
    await mp.reload();
    await mMain.getByText('Entente conclue', { exact: true }).first().waitFor();
    await mMain
      .getByRole('region', { name: 'Historique des propositions' })
      .getByText(/version acceptée/)
      .waitFor();
    await checkA11y(mp, 'nego merchant – agreement');
    await cp.goto(`/cases/${caseId}/propositions`);
    await cMain.getByText('Entente conclue', { exact: true }).first().waitFor();
    await checkA11y(cp, 'nego consumer – agreement');
    await tab(cp, 'Centre de messagerie').click();
    await expectPath(cp, `/cases/${caseId}/messages`);
    await checkA11y(cp, 'nego consumer – messaging tab');
    await screenshot(cp, 'nego-07-consumer-agreement');

    // QC-13: the consumer downloads the agreement filed under Documents and reads it: the
    // accepted proposal as typed (French amounts, the terms verbatim), the parties' names.
    await tab(cp, 'Documents').click();
    await expectPath(cp, `/cases/${caseId}/documents`);
    const agreementName = `Entente ${invitation.caseNumber}.pdf`;
    const agreementItem = cMain
      .getByRole('region', { name: 'Documents du dossier' })
      .getByRole('listitem')
      .filter({ hasText: agreementName });
    await agreementItem.getByText('Document de la plateforme').waitFor();
    // DOC-3, seed 001: the summary is offered under "Documents" too.
    await cMain.getByRole('link', { name: 'Télécharger un résumé du dossier' }).waitFor();
    await checkA11y(cp, 'nego consumer – Documents with the agreement');
    await screenshot(cp, 'nego-10-consumer-documents-agreement');
    const agreement = await downloadFrom(
      cp,
      agreementItem.getByRole('link', { name: `${agreementName} (télécharger)` }),
      'nego-agreement',
    );
    expect(agreement.fileName).toBe(agreementName);
    const agreementText = await pdfText(agreement.path);
    for (const expected of [
      `Entente Dossier ${invitation.caseNumber} — `,
      'Consommateur : Alex Intake',
      'Représentant du consommateur : Rose Aidant',
      `Commerçant : ${business.legalName}`,
      'Représentant du commerçant : Sophie Roy',
      'Les parties conviennent de ce qui suit : Le commerçant répare le bien. ' +
        `Le commerçant accorde au consommateur une réduction de prix de ${counter.reduction} $.`,
      'Précisions et modalités d’application de l’entente (délais, conditions, etc.) ' +
        normalizeSpaces(counter.terms),
      'Consommateur : proposition (version 1) acceptée le',
      'Confidentialité Les parties se sont engagées à préserver la confidentialité',
    ]) {
      expect(agreementText, `the agreement PDF should contain "${expected}"`).toContain(expected);
    }
    // Only the accepted proposal: not the consumer's first one, refund of 899,00 $.
    expect(agreementText).not.toContain('899,00');

    // DOC-3: "Télécharger un résumé du dossier" from the summary tab: the full proposal history.
    await tab(cp, 'Résumé du dossier').click();
    await expectPath(cp, `/cases/${caseId}/resume`);
    const summaryLink = cMain.getByRole('link', { name: 'Télécharger un résumé du dossier' });
    await checkA11y(cp, 'nego consumer – Résumé du dossier, closed');
    await screenshot(cp, 'nego-11-consumer-summary-link');
    const summary = await downloadFrom(cp, summaryLink, 'nego-summary');
    expect(summary.fileName).toBe(`Résumé du dossier ${invitation.caseNumber}.pdf`);
    const summaryText = await pdfText(summary.path);
    for (const expected of [
      `Résumé du dossier Dossier ${invitation.caseNumber} — `,
      'Consommateur : Alex Intake',
      `Commerçant : ${business.legalName}`,
      'Bien ou service à l’origine du problème : Canapé trois places',
      'Historique des propositions',
      'Proposition du consommateur (négociation)',
      'Le commerçant rembourse au consommateur la somme de 899,00 $.',
      'Remboursement par virement dans les 10 jours.',
      'Proposition du commerçant (négociation)',
      `Le commerçant accorde au consommateur une réduction de prix de ${counter.reduction} $.`,
      normalizeSpaces(counter.terms),
      'Consommateur : version 1 acceptée le',
    ]) {
      expect(summaryText, `the case summary PDF should contain "${expected}"`).toContain(expected);
    }
  }, 240_000);

  test('the merchant refuses to negotiate; the consumer closes another case (QC-9, QC-14, QC-21)', async () => {
    const agent = await browser.person('staff closing');
    const consumerEmail = newEmail('nego-close');
    await signInStaff(agent.context, agent.page, 'nego-close');
    const { id: businessId } = await enrolBusinessAndIssue(agent.page, consumerEmail);
    const consumer = await browser.person('closing consumer');
    const cp = consumer.page;
    const cMain = cp.getByRole('main');
    await registerConsumer(consumer.context, cp, consumerEmail, 'nego-close');
    const refused = await openSubmittedCase(consumer, consumerEmail);
    await issueFor(agent.page, consumerEmail, businessId);
    const closed = await openSubmittedCase(consumer, consumerEmail);

    // QC-9: "Refuser de négocier" with a reason, confirmed in the dialog; the case closes.
    const merchantPerson = await browser.person('closing merchant');
    const mp = merchantPerson.page;
    const mMain = mp.getByRole('main');
    await signInMerchant(merchantPerson.context, mp);
    await mp.goto(`/cases/${refused}`);
    await mMain.getByRole('button', { name: 'Refuser de négocier' }).click();
    const dialog = mp.getByRole('dialog', { name: 'Refuser de négocier?' });
    await dialog
      .getByLabel('Raison du refus', { exact: true })
      .fill('Le canapé a été vendu en liquidation, sans garantie.');
    await dialog.getByRole('button', { name: 'Confirmer le refus' }).click();
    await mMain.getByText(/^Statut\s+Fermé$/).waitFor();
    await checkA11y(mp, 'nego-close merchant – refused');

    // The consumer reads the reason and, without an agreement, the other remedies (QC-21).
    await cp.goto(`/cases/${refused}`);
    await cMain.getByText(/^Statut\s+Fermé$/).waitFor();
    await cMain.getByText('Le commerçant a refusé de négocier').waitFor();
    await cMain.getByText('Le canapé a été vendu en liquidation, sans garantie.').waitFor();
    await cMain.getByText('Autres recours').waitFor();
    await checkA11y(cp, 'nego-close consumer – refused case');
    await screenshot(cp, 'nego-08-refused');

    // QC-14: in negotiation the consumer closes with a reason and a justification the
    // merchant reads.
    await cp.goto(`/cases/${closed}`);
    await cMain.getByText(/^Statut\s+Négociation$/).waitFor();
    await cMain.getByRole('button', { name: 'Fermer le dossier' }).click();
    const closeForm = cMain.getByRole('region', { name: 'Fermer le dossier' });
    await closeForm.getByText(/elle sera visible par l’autre partie/).waitFor();
    await cp
      .getByLabel('Raison de la fermeture', { exact: true })
      .selectOption({ label: "Je m'adresse au tribunal" });
    await cp
      .getByLabel('Précisions', { exact: true })
      .fill('Je dépose une demande aux petites créances.');
    await checkA11y(cp, 'nego-close consumer – close form');
    await closeForm.getByRole('button', { name: 'Confirmer la fermeture' }).click();
    await cMain.getByText(/^Statut\s+Fermé$/).waitFor();
    await mp.goto(`/cases/${closed}`);
    await mMain.getByText('Je dépose une demande aux petites créances.').waitFor();
    await mMain.getByText("Je m'adresse au tribunal").waitFor();
    expect(await mMain.getByText('Autres recours').count()).toBe(0);
    await checkA11y(mp, 'nego-close merchant – closed by the consumer');
    await screenshot(mp, 'nego-09-closed-merchant');
  }, 240_000);
});
