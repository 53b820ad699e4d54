/**
 * The built-in French corpus the generator draws from: no download, no external data set. The
 * texts never contain a tab, a newline, a backslash or a double quote, so they go into COPY text
 * rows and JSON strings without escaping (a test checks it).
 */
export const FIRST_NAMES = [
  'Camille', 'Léa', 'Manon', 'Chloé', 'Emma', 'Inès', 'Sarah', 'Juliette', 'Louise', 'Zoé',
  'Alice', 'Clara', 'Anaïs', 'Mathilde', 'Élodie', 'Nathalie', 'Isabelle', 'Sophie', 'Valérie',
  'Catherine', 'Geneviève', 'Marie-Ève', 'Josée', 'Mélanie', 'Audrey', 'Thomas', 'Lucas',
  'Hugo', 'Nathan', 'Louis', 'Gabriel', 'Jules', 'Arthur', 'Théo', 'Raphaël', 'Antoine',
  'Nicolas', 'Julien', 'Mathieu', 'Olivier', 'Philippe', 'François', 'Jean-Philippe', 'Étienne',
  'Sébastien', 'Guillaume', 'Maxime', 'Alexandre', 'Benoît', 'Yannick', 'Karim', 'Mehdi',
  'Samir', 'Fatou', 'Aïcha', 'Nadia', 'Yasmine', 'Mamadou', 'Hélène', 'Françoise',
];

export const LAST_NAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy',
  'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux',
  'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Mercier', 'Dupont', 'Lambert', 'Bonnet',
  'François', 'Martinez', 'Legrand', 'Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier',
  'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron',
  'Leblanc', 'Paquette', 'Girard', 'Simard', 'Boucher', 'Caron', 'Beaulieu', 'Cloutier', 'Poirier',
  'Benali', 'Haddad', 'Diallo', 'Nguyen', 'Traoré', 'Chevalier',
];

export const BUSINESS_WORDS = [
  'Électro', 'Meubles', 'Télécom', 'Voyages', 'Auto', 'Rénovation', 'Informatique', 'Mode',
  'Literie', 'Cuisines', 'Énergie', 'Assurances', 'Optique', 'Sports', 'Jardin', 'Musique',
];
export const BUSINESS_SUFFIXES = [
  'Plus', 'Express', 'du Centre', 'et Fils', 'Distribution', 'Services', 'Boutique', 'Direct',
  'Maison', 'Conseil', 'de l’Ouest', 'du Nord', 'Atelier', 'Réseau',
];
export const SECTORS = [
  'commerce de détail', 'télécommunications', 'ameublement', 'automobile', 'voyages',
  'rénovation résidentielle', 'électronique', 'énergie', 'services financiers', 'habillement',
];
export const CITIES_QC = ['Montréal', 'Québec', 'Laval', 'Gatineau', 'Sherbrooke', 'Trois-Rivières', 'Lévis', 'Saguenay'];
export const CITIES_FR = ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Lille', 'Nantes', 'Bordeaux', 'Rennes', 'Strasbourg'];
export const STREETS = ['rue Principale', 'rue Saint-Denis', 'boulevard Laurier', 'avenue des Pins', 'rue de la Gare', 'rue Victor-Hugo', 'chemin du Lac', 'rue des Érables'];

export const GOODS = [
  'réfrigérateur', 'lave-vaisselle', 'canapé trois places', 'ordinateur portable', 'téléphone intelligent',
  'forfait internet', 'abonnement mobile', 'voyage organisé', 'billet d’avion', 'matelas',
  'cuisine sur mesure', 'thermopompe', 'voiture d’occasion', 'pneus d’hiver', 'téléviseur',
  'contrat d’entretien', 'lunettes de vue', 'vélo électrique', 'toiture', 'fenêtres',
];

export const PROBLEMS = [
  'L’appareil est tombé en panne au bout de trois semaines.',
  'La livraison a eu lieu avec six semaines de retard.',
  'Le service n’a jamais été rendu malgré le paiement complet.',
  'Les travaux ont été mal exécutés et doivent être repris.',
  'La garantie a été refusée alors que le produit est encore couvert.',
  'Des frais non prévus au contrat figurent sur la facture.',
  'Le vendeur m’a présenté le produit de façon trompeuse.',
  'La résiliation de mon contrat a été refusée sans motif.',
  'Le remboursement promis n’est jamais arrivé.',
  'L’article reçu ne correspond pas à la commande.',
];

export const MESSAGE_SENTENCES = [
  'Bonjour, je vous écris au sujet de mon dossier.',
  'Pourriez-vous me confirmer la date de la prochaine intervention?',
  'Je vous joins la facture et les photos du produit.',
  'Nous avons bien reçu votre demande et l’examinons.',
  'Le technicien peut passer mardi prochain en matinée.',
  'Cette proposition ne me convient pas entièrement.',
  'Je suis prêt à accepter un remboursement partiel.',
  'Notre politique prévoit un échange sous trente jours.',
  'Merci de votre réponse rapide.',
  'Je reste disponible pour en discuter par téléphone.',
  'Pouvez-vous préciser le montant exact demandé?',
  'Le produit a été retourné au magasin la semaine dernière.',
  'Nous proposons un geste commercial de cinquante dollars.',
  'Je souhaite que la réparation soit faite avant la fin du mois.',
  'Je comprends votre position et vais consulter mon service.',
  'Les deux parties semblent proches d’un accord.',
];

export const TERMS = [
  'Remboursement par virement sous quinze jours.',
  'Réparation en atelier, pièces et main-d’œuvre comprises.',
  'Remplacement du produit par un modèle équivalent.',
  'Avoir utilisable dans tous les magasins pendant un an.',
  'Annulation du contrat sans frais à la date de l’entente.',
];

export const REASONS = [
  'Le dossier ne relève pas de notre entreprise.',
  'La demande a déjà été traitée par notre service client.',
  'Les parties n’ont pas pu rapprocher leurs positions.',
  'Le consommateur a choisi une autre voie.',
];

export const DOCUMENT_NAMES = ['facture.pdf', 'photo-produit.jpg', 'contrat.pdf', 'bon-de-livraison.pdf', 'courriel-vendeur.png', 'garantie.pdf'];

/** Every text of the corpus, for the escaping check. */
export const ALL_TEXTS: readonly string[] = [
  FIRST_NAMES, LAST_NAMES, BUSINESS_WORDS, BUSINESS_SUFFIXES, SECTORS, CITIES_QC, CITIES_FR,
  STREETS, GOODS, PROBLEMS, MESSAGE_SENTENCES, TERMS, REASONS, DOCUMENT_NAMES,
].flat();
