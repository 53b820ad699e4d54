/**
 * Version 1 of the terms of use and of the confidentiality commitment, from seed 000
 * ("Créer un dossier"), with {platform} and {office} standing for the deployment's names.
 */
export const termsV1 = {
  titleFr: 'Conditions d’utilisation',
  bodyFr: `L’accès et l’utilisation de {platform} sont soumis à des conditions d’utilisation, qui constituent une entente entre vous et {office}. Ces conditions d’utilisation peuvent être modifiées à tout moment. Si des modifications entraînent des conséquences sur votre démarche ou vos responsabilités dans {platform}, {office} vous en informera selon les modalités prévues à cet effet.

En ce qui a trait aux renseignements personnels que vous pourriez fournir dans le cadre de votre démarche dans {platform}, nous vous invitons à consulter régulièrement la politique de confidentialité de {office}.

En cochant cette case, je reconnais avoir pris connaissance des conditions d’utilisation de {platform} et je les accepte.`,
  titleEn: 'Terms of use',
  bodyEn: `Access to and use of {platform} are subject to terms of use, which form an agreement between you and {office}. These terms of use may be changed at any time. If changes affect your process or your responsibilities in {platform}, {office} will inform you in the manner provided for that purpose.

As regards the personal information you may provide during your process in {platform}, we invite you to regularly consult the privacy policy of {office}.

By ticking this box, I acknowledge that I have read the terms of use of {platform} and I accept them.`,
};

export const confidentialityV1 = {
  titleFr: 'Engagement de confidentialité',
  bodyFr: `- J’accepte d’utiliser {platform} pour tenter de régler mon problème avec le commerçant.
- Je m’engage à collaborer de bonne foi afin de trouver des solutions qui me satisferont, mais qui satisferont aussi le commerçant.
- Je comprends qu’il s’agit d’un processus libre et volontaire. Je ne suis pas obligé de conclure une entente avec le commerçant.
- Je m’engage à préserver la confidentialité de l’ensemble du processus de négociation et, s’il y a lieu, de médiation. Je ne dévoilerai pas d’information au sujet des renseignements et des documents fournis au cours de ce processus. Si je conclus une entente avec le commerçant, je la garderai confidentielle.
- Je reconnais que tout ce qui pourra s’écrire ou se dire au cours du processus ne pourra pas servir de preuve devant le tribunal dans une éventuelle procédure judiciaire ou autre, à moins que le commerçant et moi donnions notre accord pour le faire.
- Je comprends également que le médiateur qui pourrait intervenir dans mon dossier est neutre et impartial. Son rôle est de favoriser la recherche de solutions dans le but d’en arriver à une entente confidentielle. Ce médiateur ne pourra pas témoigner dans une procédure judiciaire relativement à tout ce dont il aura eu connaissance durant la médiation ainsi que sur l’entente, le cas échéant.

En cochant cette case, je reconnais avoir pris connaissance des règles de confidentialité de {platform} et je m’engage à les respecter.`,
  titleEn: 'Confidentiality commitment',
  bodyEn: `- I agree to use {platform} to try to resolve my problem with the merchant.
- I undertake to cooperate in good faith to find solutions that satisfy me but also satisfy the merchant.
- I understand that this is a free and voluntary process. I am not obliged to reach an agreement with the merchant.
- I undertake to keep the whole negotiation process and, where applicable, the mediation confidential. I will not disclose any information about the information and documents provided during this process. If I reach an agreement with the merchant, I will keep it confidential.
- I acknowledge that nothing written or said during the process may be used as evidence before a court in any judicial or other proceeding, unless the merchant and I agree to do so.
- I also understand that the mediator who may take part in my case is neutral and impartial. Their role is to help find solutions in order to reach a confidential agreement. This mediator may not testify in judicial proceedings about anything they learned during the mediation or about the agreement, if any.

By ticking this box, I acknowledge that I have read the confidentiality rules of {platform} and I undertake to respect them.`,
};
