import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { checkA11y } from '../support/a11y.js';
import { newEmail } from '../support/accounts.js';
import { apiAttempt, apiCall } from '../support/api-setup.js';
import { screenshot, useBrowser, viewports } from '../support/browser.js';
import { expectPath, naming } from '../support/flows.js';
import { mailIdsFor } from '../support/mailbox.js';
import { downloadFrom, normalizeSpaces, pdfText } from '../support/pdf.js';
import {
  assignFromQueue,
  caseStatus,
  caseTab,
  caseTakenInCharge,
  mediationCast,
  mediationDiscussion,
  signInMediator,
  waitForMail,
  type MediatorProfile,
} from '../support/mediator.js';

// QC-15 to QC-18 in Chromium with three people — the consumer, the merchant's representative and
// a mediator staff enrolled in the registry (MDR-1, ACC-3, ACC-7) — plus staff for the
// assignment: "Demander la médiation" (and why not, before both parties proposed), the queue's
// suggestions, the mediator's view without the parties' private thread, no proposal for a party,
// the live three-way discussion, the mediator's proposal accepted, modified (acceptances voided)
// and accepted by both, and the agreement PDF read back. Axe runs on every page.

const browser = useBrowser();

const profile: MediatorProfile = {
  givenName: 'Hélène',
  familyName: 'Côté',
  sectors: 'Électroménagers, Meubles',
  regions: 'Montréal, Laval',
  jobTitle: 'Médiatrice accréditée',
  organisation: 'Côté Médiation',
  workPhone: '514 555-0190',
};

/** Said by the parties before mediation: the mediator must never read it (QC-16). */
const privateSentence = 'Entre nous : je pourrais accepter 300 $ si la livraison est rapide.';

const mediatorProposal = {
  first: '450,00',
  modified: '500,00',
  terms:
    'Remboursement par virement dans les 10 jours ouvrables.\n' +
    'Le commerçant reprend le réfrigérateur à ses frais « sur rendez-vous ».',
} as const;

/** An amount as Intl prints it in fr-CA: "450,00 $" with a no-break space. */
const money = (amount: string) => `${amount}[\\s\\u00a0\\u202f]\\$`;

/** "Faire une proposition initiale" / "Modifier ma proposition": refund, terms, preview, submit. */
async function proposeAsMediator(page: Page, title: string, amount: string, shot: string) {
  const main = page.getByRole('main');
  await main.getByRole('button', { name: title }).click();
  const editor = main.getByRole('region', { name: title });
  const solutions = editor.getByRole('group', { name: naming('Solutions proposées') });
  await solutions.getByRole('checkbox', { name: 'Remboursement', exact: true }).check();
  await editor.getByLabel('Montant du remboursement', { exact: true }).fill(amount);
  await editor
    .getByLabel("Précisions et modalités d'application de l'entente (délais, conditions, etc.)", {
      exact: true,
    })
    .fill(mediatorProposal.terms);
  await editor.getByRole('button', { name: naming("Prévisualiser l'entente") }).click();
  const preview = editor.getByRole('region', { name: naming("Aperçu de l'entente") });
  await preview
    .getByText(
      new RegExp(`Le commerçant rembourse au consommateur la somme de ${money(amount)}\\.`),
    )
    .waitFor();
  await checkA11y(page, `medA mediator – ${title}, agreement preview`);
  await screenshot(page, shot);
  await preview.getByRole('button', { name: 'Soumettre', exact: true }).click();
  await editor.waitFor({ state: 'detached' });
}

/** QC-17: tick, then "Accepter la proposition du médiateur" (there is no reject button). */
async function acceptMediatorProposal(page: Page) {
  const main = page.getByRole('main');
  expect(await main.getByRole('button', { name: /Refuser|Rejeter/ }).count()).toBe(0);
  await main
    .getByRole('checkbox', { name: naming('J’accepte la proposition du médiateur') })
    .check();
  await main.getByRole('button', { name: 'Accepter la proposition du médiateur' }).click();
}

describe('mediation to an agreement', () => {
  test('three people through a mediation: request, assignment, discussion, proposal modified, agreement PDF (QC-15 to QC-18, MDR-1)', async () => {
    // Set-up: staff enrol a new mediator on the registry's pages; the mediator activates.
    const { agent, mediatorPerson, mediator, consumer, merchant } = await mediationCast(
      browser,
      'A',
      profile,
    );
    const ap = agent.page;
    const dp = mediatorPerson.page;
    const dMain = dp.getByRole('main');
    // A case in negotiation: the consumer proposed on submission, the merchant took charge.
    const cp = consumer.page;
    const cMain = cp.getByRole('main');
    const mp = merchant.page;
    const mMain = mp.getByRole('main');
    const consumerEmail = newEmail('medA');
    const c = await caseTakenInCharge(ap, consumer, mp, {
      tag: 'medA',
      consumerEmail,
      business: {
        name: 'Électro Médiation',
        sector: 'Électroménagers',
        line1: '200, boulevard Saint-Laurent',
        city: 'Montréal',
      },
      draft: {
        parties: {
          consumerPhone: '514 555-0111',
          consumerAddress: '45, rue Sherbrooke\nMontréal QC H2X 1X1',
          confirmed: true,
        },
        description: {
          goodOrService: 'Réfrigérateur à deux portes',
          brand: 'FroidPlus',
          paidInFull: true,
          contractPlace: 'in_store',
          merchantAddress: '200, boulevard Saint-Laurent, Montréal',
          priorSteps: true,
          priorStepsDetails: 'Deux appels au service après-vente, sans suite.',
          problemNatures: ['defective_good'],
          additionalInformation: 'Le compresseur s’arrête plusieurs fois par jour.',
        },
        proposal: {
          solutions: [{ kind: 'refund', amountMinor: 129_900 }],
          terms: 'Remboursement complet dans les 10 jours.',
        },
      },
      document: { name: 'facture-refrigerateur.txt', text: 'Facture no 4512, 1 299,00 $.' },
    });

    // The parties talk privately during the negotiation (MSG-1).
    await apiCall(cp, 'POST', `/api/cases/${c.caseId}/threads/parties/messages`, {
      body: privateSentence,
    });

    // QC-15: only the consumer has proposed: no button yet, and the page says why.
    await cp.goto(`/cases/${c.caseId}`);
    await caseStatus(cp, 'Négociation').waitFor();
    await cMain
      .getByText(
        naming('La médiation peut être demandée lorsque chaque partie a fait une proposition'),
      )
      .waitFor();
    await cMain.getByText(/Vous pourrez demander la médiation à partir du/).waitFor();
    expect(await cMain.getByRole('button', { name: 'Demander la médiation' }).count()).toBe(0);
    await checkA11y(cp, 'medA consumer – mediation not yet allowed');
    await screenshot(cp, 'medA-01-why-not');

    // The merchant counter-proposes (negotiation's screens have their journey): now allowed.
    await apiCall(mp, 'POST', `/api/cases/${c.caseId}/commands`, {
      type: 'make_proposal',
      content: {
        solutions: [{ kind: 'repair' }],
        terms: 'Réparation du compresseur dans les 15 jours.',
      },
    });
    await cp.reload();
    await cMain.getByRole('button', { name: 'Demander la médiation' }).click();
    const dialog = cp.getByRole('dialog', { name: 'Demander la médiation?' });
    await dialog.getByRole('button', { name: 'Confirmer la demande de médiation' }).waitFor();
    await checkA11y(cp, 'medA consumer – request mediation dialog');
    await dialog.getByRole('button', { name: 'Confirmer la demande de médiation' }).click();
    await caseStatus(cp, 'Médiation demandée').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await checkA11y(cp, 'medA consumer – mediation requested');
    await screenshot(cp, 'medA-02-requested');

    // Staff: "File de médiation", the ranked suggestions, the new mediator assigned; the
    // mediator and the parties are told by e-mail.
    const [mediatorMails, consumerMails] = await Promise.all(
      [mediator.email, consumerEmail].map((address) => mailIdsFor(address)),
    );
    await assignFromQueue(ap, c, mediator, 'medA');
    const assignedTo = naming(`Le dossier ${c.caseNumber} vous est confié`);
    await waitForMail(mediator.email, mediatorMails ?? new Set(), assignedTo);
    const started = naming(`Un médiateur est affecté au dossier ${c.caseNumber}`);
    await waitForMail(consumerEmail, consumerMails ?? new Set(), started);

    // The mediator signs in (e-mailed code, TOTP enrolment) and opens the case from the list.
    await signInMediator(mediatorPerson.context, dp, mediator, 'medA');
    await dMain.getByRole('link', { name: c.caseNumber }).click();
    await expectPath(dp, `/cases/${c.caseId}`);
    await caseStatus(dp, 'Médiation').waitFor();
    // QC-16: the problem description, the documents, the proposals and their history.
    await dMain.getByText('Réfrigérateur à deux portes').waitFor();
    await dMain.getByText('Le compresseur s’arrête plusieurs fois par jour.').waitFor();
    await checkA11y(dp, 'medA mediator – Résumé du dossier');
    await screenshot(dp, 'medA-03-mediator-resume');
    await caseTab(dp, 'Documents').click();
    await dMain
      .getByRole('region', { name: 'Documents du dossier' })
      .getByRole('listitem')
      .filter({ hasText: 'facture-refrigerateur.txt' })
      .waitFor();
    await checkA11y(dp, 'medA mediator – Documents');
    await caseTab(dp, 'Tableau des propositions').click();
    await expectPath(dp, `/cases/${c.caseId}/propositions`);
    await dMain.getByText(naming("Le médiateur n'a pas fait de proposition")).waitFor();
    const history = dMain.getByRole('region', { name: 'Historique des propositions' });
    await history.getByText('Proposition du consommateur').waitFor();
    await history.getByText('Proposition du commerçant').waitFor();
    await history.locator('summary').first().click();
    await history.getByText('Réparation du compresseur dans les 15 jours.').waitFor();
    await checkA11y(dp, 'medA mediator – proposals before a mediator proposal');

    // QC-16: the parties' private thread is not in the mediator's list, not at its URL, not in
    // the API.
    await caseTab(dp, 'Centre de messagerie').click();
    await expectPath(dp, `/cases/${c.caseId}/messages`);
    const threadList = dMain.locator('.thread-list');
    await threadList.getByRole('button', { name: /consommateur/ }).waitFor();
    const titles = (await threadList.getByRole('button').allInnerTexts()).map((t) => t.trim());
    expect(titles).toEqual([
      'Démarrer une discussion avec le consommateur',
      'Démarrer une discussion avec le commerçant',
    ]);
    expect(await dMain.getByText(privateSentence).count()).toBe(0);
    await checkA11y(dp, 'medA mediator – messaging centre');
    await dp.goto(`/cases/${c.caseId}/messages?thread=parties`);
    await dMain.getByRole('heading', { level: 2, name: 'Centre de messagerie' }).waitFor();
    expect(await dMain.getByRole('textbox', { name: 'Votre message' }).count()).toBe(0);
    expect(await dp.getByText(privateSentence).count()).toBe(0);
    await checkA11y(dp, 'medA mediator – parties thread asked by URL');
    const listed = await apiCall<{ threads: { kind: string }[] }>(
      dp,
      'GET',
      `/api/cases/${c.caseId}/threads`,
    );
    expect(listed.threads.map((thread) => thread.kind)).not.toContain('parties');
    const direct = await apiAttempt(dp, 'GET', `/api/cases/${c.caseId}/threads/parties/messages`);
    expect(direct.status, 'the mediator reading the parties’ thread').toBe(404);
    expect(JSON.stringify(direct.body)).not.toContain('300 $');
    await screenshot(dp, 'medA-04-mediator-threads');

    // QC-17: a party finds no proposal button in mediation, and the API refuses one.
    await mp.goto(`/cases/${c.caseId}/propositions`);
    await caseStatus(mp, 'Médiation').waitFor();
    await mMain.getByText(naming("Le médiateur n'a pas fait de proposition")).waitFor();
    for (const name of [
      'Faire une contre-proposition',
      'Faire une proposition initiale',
      'Modifier ma proposition',
      'Modifier',
    ]) {
      expect(await mMain.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    }
    const refused = await apiAttempt(mp, 'POST', `/api/cases/${c.caseId}/commands`, {
      type: 'make_proposal',
      content: { solutions: [{ kind: 'replacement' }], terms: 'Remplacement.' },
    });
    expect(refused.status).toBe(403);
    expect(refused.body?.error?.code).toBe('only_mediator_proposes_in_mediation');
    await checkA11y(mp, 'medA merchant – proposals in mediation');

    // QC-18: the mediator writes in the mediation discussion; both parties see it live.
    await cp.goto(`/cases/${c.caseId}/propositions`);
    await mediationDiscussion(cp).getByRole('textbox', { name: 'Votre message' }).waitFor();
    await mediationDiscussion(mp).getByRole('textbox', { name: 'Votre message' }).waitFor();
    const opening =
      'Bonjour à vous deux. Je suis la médiatrice assignée au dossier : je vous propose de ' +
      'chercher ensemble une solution au sujet du réfrigérateur.';
    await dp.goto(`/cases/${c.caseId}/propositions`);
    await mediationDiscussion(dp).getByRole('textbox', { name: 'Votre message' }).fill(opening);
    await mediationDiscussion(dp).getByRole('button', { name: 'Envoyer' }).click();
    await mediationDiscussion(dp).getByRole('listitem').filter({ hasText: opening }).waitFor();
    await mediationDiscussion(cp).getByRole('listitem').filter({ hasText: opening }).waitFor();
    await mediationDiscussion(mp).getByRole('listitem').filter({ hasText: opening }).waitFor();
    const reply =
      'Merci. Un remboursement partiel me conviendrait si le commerçant reprend l’appareil.';
    await mediationDiscussion(cp).getByRole('textbox', { name: 'Votre message' }).fill(reply);
    await mediationDiscussion(cp).getByRole('button', { name: 'Envoyer' }).click();
    await mediationDiscussion(dp).getByRole('listitem').filter({ hasText: reply }).waitFor();
    await mediationDiscussion(mp).getByRole('listitem').filter({ hasText: reply }).waitFor();
    await checkA11y(cp, 'medA consumer – mediation discussion');
    await screenshot(mp, 'medA-05-merchant-discussion-live');

    // QC-17: "Faire une proposition initiale" with the agreement preview.
    await proposeAsMediator(
      dp,
      'Faire une proposition initiale',
      mediatorProposal.first,
      'medA-06-mediator-preview',
    );
    await dMain.getByText(/^Version 1,/).waitFor();
    await dMain.getByText(/Consommateur : n.a pas encore accepté/).waitFor();
    await checkA11y(dp, 'medA mediator – proposal made');

    // The consumer, whose proposals tab is still open, sees it arrive (live) and accepts at
    // 360 px: tick, then the button.
    await cp.setViewportSize(viewports.phone);
    await cMain
      .getByText(new RegExp(`Remboursement : ${money(mediatorProposal.first)}`))
      .first()
      .waitFor();
    await checkA11y(cp, 'medA consumer – mediator proposal (360 px)');
    await acceptMediatorProposal(cp);
    await cMain.getByText(/Consommateur : a accepté le/).waitFor();
    await caseStatus(cp, 'Médiation').waitFor();
    await checkA11y(cp, 'medA consumer – accepted, waiting (360 px)');
    await screenshot(cp, 'medA-07-consumer-accepted-360');
    await cp.setViewportSize(viewports.desktop);

    // "Modifier ma proposition": the consumer's acceptance is voided, and the consumer's open
    // page says so without a reload.
    await dMain.getByText(/Consommateur : a accepté le/).waitFor();
    await proposeAsMediator(
      dp,
      'Modifier ma proposition',
      mediatorProposal.modified,
      'medA-08-mediator-modify-preview',
    );
    await dMain.getByText(/^Version 2,/).waitFor();
    await cMain
      .getByText(
        naming('La proposition a été modifiée : les acceptations précédentes ne comptent plus'),
      )
      .waitFor();
    await cMain.getByText(/Consommateur : n.a pas encore accepté/).waitFor();
    await cMain
      .getByText(new RegExp(`Remboursement : ${money(mediatorProposal.modified)}`))
      .first()
      .waitFor();
    await cMain.getByText(/acceptation annulée par une modification : Consommateur/).waitFor();
    await checkA11y(cp, 'medA consumer – acceptance voided');
    await screenshot(cp, 'medA-09-consumer-voided');
    // The notification says it too.
    await cp.goto('/notifications');
    await cMain
      .getByRole('link', {
        name: naming('le médiateur a modifié sa proposition; les acceptations'),
      })
      .first()
      .waitFor();
    await checkA11y(cp, 'medA consumer – notifications');

    // Both accept version 2: the agreement, reached in mediation, closes the case.
    await mMain.getByText('Acceptation de la version 2').waitFor();
    await acceptMediatorProposal(mp);
    await mMain.getByText(/Commerçant : a accepté le/).waitFor();
    await cp.goto(`/cases/${c.caseId}/propositions`);
    await cMain.getByText(/Commerçant : a accepté le/).waitFor();
    await acceptMediatorProposal(cp);
    await cMain.getByText('Entente conclue en médiation').first().waitFor();
    await caseStatus(cp, 'Fermé').waitFor();
    await checkA11y(cp, 'medA consumer – agreement in mediation');
    await mMain.getByText('Entente conclue en médiation').first().waitFor();
    await checkA11y(mp, 'medA merchant – agreement in mediation');
    await caseStatus(dp, 'Fermé').waitFor();
    await dMain.getByText('Entente conclue en médiation').first().waitFor();
    await checkA11y(dp, 'medA mediator – agreement in mediation');
    await screenshot(dp, 'medA-10-mediator-agreement');

    // QC-13, QC-17: the agreement under Documents, read back as a person would.
    await caseTab(cp, 'Documents').click();
    await expectPath(cp, `/cases/${c.caseId}/documents`);
    const agreementName = `Entente ${c.caseNumber}.pdf`;
    const item = cMain
      .getByRole('region', { name: 'Documents du dossier' })
      .getByRole('listitem')
      .filter({ hasText: agreementName });
    await item.getByText('Document de la plateforme').waitFor();
    await checkA11y(cp, 'medA consumer – Documents with the agreement');
    const agreement = await downloadFrom(
      cp,
      item.getByRole('link', { name: `${agreementName} (télécharger)` }),
      'medA-agreement',
    );
    expect(agreement.fileName).toBe(agreementName);
    const text = await pdfText(agreement.path);
    for (const expected of [
      `Entente Dossier ${c.caseNumber} — `,
      'Consommateur : Alex Intake',
      `Commerçant : ${c.businessName}`,
      'Représentant du commerçant : Sophie Roy',
      `Médiateur : ${mediator.name}`,
      'Cette entente a été conclue en médiation, à partir de la proposition du médiateur.',
      `Le commerçant rembourse au consommateur la somme de ${mediatorProposal.modified} $.`,
      normalizeSpaces(mediatorProposal.terms),
      'Consommateur : proposition (version 2) acceptée le',
      'Commerçant : proposition (version 2) acceptée le',
    ]) {
      expect(text, `the agreement PDF should contain "${expected}"`).toContain(expected);
    }
    // Only the accepted version: not the first one, nor the parties' own proposals.
    expect(text).not.toContain(`${mediatorProposal.first} $`);
    expect(text).not.toContain('1 299,00');
  }, 420_000);
});
