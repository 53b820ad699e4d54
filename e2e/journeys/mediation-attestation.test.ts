import { describe, expect, test } from 'vitest';
import { checkA11y } from '../support/a11y.js';
import { newEmail } from '../support/accounts.js';
import { apiAttempt, apiCall } from '../support/api-setup.js';
import { screenshot, useBrowser } from '../support/browser.js';
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

// QC-18 to QC-20 in Chromium with three people and staff: the merchant asks for mediation, the
// consumer starts a private discussion with the mediator while the parties' thread is read-only,
// the mediator sees the days of mediation, is reminded to tell the parties before closing, then
// closes without agreement with a justification and a summary of the problem; every party reads
// the justification, the attestation of no agreement in mediation is in Documents (read back
// with pdftotext) and the consumer's mailbox has the information kit. Axe runs on every page.

const browser = useBrowser();

const profile: MediatorProfile = {
  givenName: 'Marc',
  familyName: 'Lévesque',
  sectors: 'Voyage, Télécommunications',
  regions: 'Québec, Estrie',
  jobTitle: 'Médiateur accrédité',
  organisation: 'Lévesque Règlement des différends',
  workPhone: '418 555-0123',
};

const closing = {
  justification:
    'Après trois semaines d’échanges, les positions restent trop éloignées : le commerçant ' +
    'n’offre qu’un crédit-voyage et le consommateur demande un remboursement complet.',
  summary:
    'Annulation d’un forfait voyage par le commerçant deux jours avant le départ ; le ' +
    'consommateur réclame le remboursement du prix payé (2 450,00 $).',
} as const;

describe('mediation to an attestation of no agreement', () => {
  test('the mediator closes without agreement: reminder, justification for all, attestation PDF, information kit (QC-18, QC-19, QC-20)', async () => {
    const { agent, mediatorPerson, mediator, consumer, merchant } = await mediationCast(
      browser,
      'B',
      profile,
    );
    const ap = agent.page;
    const dp = mediatorPerson.page;
    const dMain = dp.getByRole('main');
    const cp = consumer.page;
    const cMain = cp.getByRole('main');
    const mp = merchant.page;
    const mMain = mp.getByRole('main');
    const consumerEmail = newEmail('medB');
    const c = await caseTakenInCharge(ap, consumer, mp, {
      tag: 'medB',
      consumerEmail,
      business: {
        name: 'Voyages Médiation',
        sector: 'Voyage',
        line1: '12, rue Saint-Paul',
        city: 'Québec',
      },
      draft: {
        parties: {
          consumerPhone: '418 555-0199',
          consumerAddress: '8, rue des Jardins\nQuébec QC G1R 4L4',
          confirmed: true,
        },
        description: {
          goodOrService: 'Forfait voyage en Gaspésie',
          paidInFull: true,
          contractPlace: 'online',
          merchantAddress: '12, rue Saint-Paul, Québec',
          priorSteps: true,
          priorStepsDetails: 'Courriel au service à la clientèle, réponse négative.',
          problemNatures: ['refund_refused'],
        },
        proposal: {
          solutions: [{ kind: 'refund', amountMinor: 245_000 }],
          terms: 'Remboursement complet dans les 15 jours.',
        },
      },
      document: { name: 'contrat-forfait.txt', text: 'Contrat du forfait, 2 450,00 $.' },
    });

    // Both parties proposed: the merchant asks for mediation this time (QC-15: either party).
    await apiCall(mp, 'POST', `/api/cases/${c.caseId}/commands`, {
      type: 'make_proposal',
      content: {
        solutions: [{ kind: 'other_compensation', text: 'Crédit-voyage de 2 450,00 $.' }],
        terms: 'Crédit valable deux ans.',
      },
    });
    await mp.goto(`/cases/${c.caseId}`);
    await mMain.getByRole('button', { name: 'Demander la médiation' }).click();
    const dialog = mp.getByRole('dialog', { name: 'Demander la médiation?' });
    await dialog.getByRole('button', { name: 'Confirmer la demande de médiation' }).click();
    await caseStatus(mp, 'Médiation demandée').waitFor();
    await checkA11y(mp, 'medB merchant – mediation requested');

    await assignFromQueue(ap, c, mediator, 'medB');
    await signInMediator(mediatorPerson.context, dp, mediator, 'medB');
    await dp.goto(`/cases/${c.caseId}`);
    await caseStatus(dp, 'Médiation').waitFor();
    // QC-20: the mediator sees the days of mediation; the parties do not.
    await dMain.getByText('Premier jour de la médiation').waitFor();
    await checkA11y(dp, 'medB mediator – case in mediation');

    // QC-18: the parties' thread is read-only; the consumer starts a private discussion with
    // the mediator, who reads it in "Discussion avec le consommateur (privée)".
    await cp.goto(`/cases/${c.caseId}/messages`);
    await caseStatus(cp, 'Médiation').waitFor();
    expect(await cMain.getByText('Premier jour de la médiation').count()).toBe(0);
    // QC-19: only the mediator closes in mediation; a party has no button and the API refuses.
    expect(await cMain.getByRole('button', { name: 'Fermer le dossier' }).count()).toBe(0);
    const refused = await apiAttempt(cp, 'POST', `/api/cases/${c.caseId}/commands`, {
      type: 'close_case',
      reason: 'settled_outside_platform',
      justification: 'Nous avons réglé le problème autrement.',
    });
    expect(refused.status).toBe(403);
    expect(refused.body?.error?.code).toBe('only_mediator_closes_in_mediation');
    const cThreads = cMain.locator('.thread-list');
    await cThreads
      .getByRole('button', { name: naming('Discussion avec le commerçant (Discussion fermée)') })
      .click();
    await cMain
      .getByRole('heading', { name: /Discussion avec le commerçant/ })
      .first()
      .waitFor();
    expect(await cMain.getByRole('textbox', { name: 'Votre message' }).count()).toBe(0);
    await checkA11y(cp, 'medB consumer – parties thread read-only');
    await cThreads
      .getByRole('button', { name: 'Démarrer une discussion avec le médiateur' })
      .click();
    const privateNote = 'Je préfère vous dire en privé que j’ai déjà réservé un autre voyage.';
    await cMain.getByRole('textbox', { name: 'Votre message' }).fill(privateNote);
    await cMain.getByRole('button', { name: 'Envoyer' }).click();
    await cMain.getByRole('listitem').filter({ hasText: privateNote }).waitFor();
    await checkA11y(cp, 'medB consumer – private discussion with the mediator');
    await screenshot(cp, 'medB-01-consumer-private-thread');

    await caseTab(dp, 'Centre de messagerie').click();
    await dMain
      .locator('.thread-list')
      .getByRole('button', { name: naming('Discussion avec le consommateur (privée)') })
      .click();
    await dMain.getByRole('listitem').filter({ hasText: privateNote }).waitFor();
    await checkA11y(dp, 'medB mediator – private discussion with the consumer');

    // QC-19: "Fermer le dossier" shows the reminder first, then the two fields.
    await dMain.getByRole('button', { name: 'Fermer le dossier' }).click();
    const form = dMain.getByRole('region', { name: 'Fermer le dossier' });
    const reminder = form.getByText(
      naming(
        'Avant de fermer le dossier, informez-en les parties dans l’espace de discussion en médiation.',
      ),
    );
    await reminder.waitFor();
    const justification = form.getByRole('textbox', { name: /^Justification/ });
    const field = await justification.elementHandle();
    const reminderFirst = await reminder.evaluate(
      (element, other) =>
        Boolean(element.compareDocumentPosition(other!) & Node.DOCUMENT_POSITION_FOLLOWING),
      field,
    );
    expect(reminderFirst, 'the reminder comes before the fields').toBe(true);
    await checkA11y(dp, 'medB mediator – close form with the reminder');
    await screenshot(dp, 'medB-02-mediator-close-reminder');

    // The reminder's link leads to the discussion; the mediator tells the parties there.
    await form
      .getByRole('link', { name: naming('Aller à l’espace de discussion en médiation') })
      .click();
    await expectPath(dp, `/cases/${c.caseId}/propositions`);
    const notice =
      'Je constate qu’aucune entente n’est possible : je vais fermer le dossier et une ' +
      'attestation d’absence d’entente sera déposée dans les Documents.';
    await mediationDiscussion(dp).getByRole('textbox', { name: 'Votre message' }).fill(notice);
    await mediationDiscussion(dp).getByRole('button', { name: 'Envoyer' }).click();
    await mediationDiscussion(dp).getByRole('listitem').filter({ hasText: notice }).waitFor();

    // Sent empty, each field says what is missing; then the closing.
    await form.getByRole('button', { name: 'Confirmer la fermeture' }).click();
    await dMain.getByRole('heading', { name: /contient des erreurs/ }).waitFor();
    await checkA11y(dp, 'medB mediator – close form with errors');
    await justification.fill(closing.justification);
    await form
      .getByRole('textbox', { name: naming('Résumé de la nature du problème') })
      .fill(closing.summary);
    const seenBeforeClosing = await mailIdsFor(consumerEmail);
    await form.getByRole('button', { name: 'Confirmer la fermeture' }).click();
    await caseStatus(dp, 'Fermé').waitFor();
    await dMain.getByText(closing.justification).waitFor();
    await checkA11y(dp, 'medB mediator – closed without agreement');
    await screenshot(dp, 'medB-03-mediator-closed');

    // Every party reads the justification and the summary; the consumer, the other remedies.
    for (const [page, who] of [
      [mp, 'merchant'],
      [cp, 'consumer'],
    ] as const) {
      await page.goto(`/cases/${c.caseId}`);
      const main = page.getByRole('main');
      await caseStatus(page, 'Fermé').waitFor();
      await main.getByText(naming('Échec de la médiation')).first().waitFor();
      await main.getByText(closing.justification).waitFor();
      await main.getByText(closing.summary).waitFor();
      await main
        .getByText(naming('L’attestation d’absence d’entente en médiation est déposée'))
        .waitFor();
      await checkA11y(page, `medB ${who} – closed without agreement`);
    }
    await cMain.getByText('Autres recours').waitFor();
    await screenshot(cp, 'medB-04-consumer-closed');

    // The attestation, under Documents, read as a person would.
    await cMain.getByRole('link', { name: 'Consulter les documents du dossier' }).click();
    await expectPath(cp, `/cases/${c.caseId}/documents`);
    const attestationName = `Attestation d’absence d’entente en médiation ${c.caseNumber}.pdf`;
    const item = cMain
      .getByRole('region', { name: 'Documents du dossier' })
      .getByRole('listitem')
      .filter({ hasText: attestationName });
    await item.getByText('Document de la plateforme').waitFor();
    await checkA11y(cp, 'medB consumer – Documents with the attestation');
    await screenshot(cp, 'medB-05-consumer-documents');
    const attestation = await downloadFrom(
      cp,
      item.getByRole('link', { name: `${attestationName} (télécharger)` }),
      'medB-attestation',
    );
    expect(attestation.fileName).toBe(attestationName);
    const text = await pdfText(attestation.path);
    for (const expected of [
      `Attestation d’absence d’entente en médiation Dossier ${c.caseNumber} — `,
      'Consommateur : Alex Intake',
      `Commerçant : ${c.businessName}`,
      'Représentant du commerçant : Sophie Roy',
      `Médiateur : ${mediator.name}`,
      'Médiation demandée le',
      'Dossier fermé sans entente le',
      `atteste que le consommateur et le commerçant ont eu recours à la médiation dans le dossier ${c.caseNumber}`,
      'sans parvenir à une entente',
      `Nature du problème ${normalizeSpaces(closing.summary)}`,
      `Justification de la fermeture ${normalizeSpaces(closing.justification)}`,
      'Ce document pourrait être utile si le litige est porté devant le tribunal.',
    ]) {
      expect(text, `the attestation should contain "${expected}"`).toContain(expected);
    }
    // The discussion stays confidential: none of it is on the attestation.
    expect(text).not.toContain('déjà réservé un autre voyage');

    // QC-19, QC-21: the consumer's closing e-mail carries the information kit.
    const kitMail = await waitForMail(consumerEmail, seenBeforeClosing, /fermé sans entente/);
    await cp.goto('/mailbox');
    const entry = cMain
      .getByRole('listitem')
      .filter({ hasText: consumerEmail })
      .filter({ hasText: `Dossier ${c.caseNumber} fermé sans entente` })
      .first();
    await entry.waitFor();
    await checkA11y(cp, 'medB consumer – mailbox');
    await entry.getByRole('link').click();
    await cp.waitForURL(`**/mailbox/${kitMail.id}`);
    await cMain.getByRole('heading', { level: 1, name: kitMail.subject }).waitFor();
    const body = normalizeSpaces(await cMain.locator('pre').innerText());
    for (const expected of [
      'Trousse d’information sur les autres recours',
      'L’attestation d’absence d’entente en médiation est déposée dans l’onglet « Documents »',
      'Division des petites créances de la Cour du Québec',
    ]) {
      expect(body, `the closing e-mail should contain "${expected}"`).toContain(expected);
    }
    await checkA11y(cp, 'medB consumer – closing e-mail with the information kit');
    await screenshot(cp, 'medB-06-consumer-kit-mail');
  }, 420_000);
});
