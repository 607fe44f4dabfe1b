<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Check box</source>
        <translation>Case à cocher</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Bouton</translation>
    </message>
    <message>
        <source>List of choices</source>
        <translation>Liste de choix</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Text field</source>
        <translation>Champ de texte</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arborescence</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>Curseur</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Onglets</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Dessin</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>%1 “%2”, in %3</source>
        <translation>%1 « %2&#xa0;», dans %3</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 « %2&#xa0;»</translation>
    </message>
    <message>
        <source>Tab %1 of %2: %3</source>
        <translation>Onglet %1 sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ActionPlan</name>
    <message>
        <source>Pain point addressed</source>
        <translation>Irritant traité</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Réalisée le</translation>
    </message>
    <message>
        <source>Measured result</source>
        <translation>Résultat mesuré</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>Valeur mesurée</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Effort (person-days)</source>
        <translation>Effort (jours-homme)</translation>
    </message>
    <message>
        <source>KPI before</source>
        <translation>KPI avant</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Valeur attendue</translation>
    </message>
    <message>
        <source>Rank by value for effort</source>
        <translation>Rang valeur / effort</translation>
    </message>
    <message>
        <source>Obtained value</source>
        <translation>Valeur obtenue</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Export the action plan</source>
        <translation>Exporter le plan d’actions</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 - action plan.csv</source>
        <translation>%1 - plan d’actions.csv</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>The action plan could not be written to “%1”.</source>
        <translation>Le plan d’actions n’a pas pu être enregistré dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Action plan exported to “%1”.</source>
        <translation>Plan d’actions exporté dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Action Plan</source>
        <translation>Plan d’actions</translation>
    </message>
    <message>
        <source>Search the actions…</source>
        <translation>Rechercher dans les actions…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Delete Action</source>
        <translation>Supprimer l’action</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>(no pain point)</source>
        <translation>(aucun irritant)</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>%1 of %2 actions</source>
        <translation>%1 actions sur %2</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Action Plan (CSV)…</source>
        <translation>Plan d’actions (CSV)…</translation>
    </message>
    <message>
        <source>Write the action plan as a spreadsheet file</source>
        <translation>Enregistrer le plan d’actions dans un fichier pour tableur</translation>
    </message>
    <message>
        <source>The first day, shown as “—”, means no date</source>
        <translation>Le premier jour, affiché «&#xa0;—&#xa0;», signifie «&#xa0;pas de date&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New from Template…</source>
        <translation>&amp;Nouveau à partir d’un modèle…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Ouvrir un fichier de projet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>Enregistrer le projet sous un autre nom</translation>
    </message>
    <message>
        <source>Show the work left unsaved by a session that ended unexpectedly</source>
        <translation>Afficher le travail non enregistré d’une session interrompue</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Language, theme and recovery copies</source>
        <translation>Langue, thème et copies de récupération</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit CX Designer</source>
        <translation>Quitter CX Designer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected touchpoints or flows</source>
        <translation>Supprimer les points de contact ou les liens sélectionnés</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Add a touchpoint to the current stage</source>
        <translation>Ajouter un point de contact à l’étape courante</translation>
    </message>
    <message>
        <source>Add Stage &amp;Before</source>
        <translation>Ajouter une étape a&amp;vant</translation>
    </message>
    <message>
        <source>Insert a stage before the current one</source>
        <translation>Insérer une étape avant l’étape courante</translation>
    </message>
    <message>
        <source>Show the whole map, or the current stage when the whole map would be too small to read</source>
        <translation>Afficher toute la carte, ou l’étape courante quand la carte entière serait trop petite pour être lue</translation>
    </message>
    <message>
        <source>Add a journey made from a template of the library</source>
        <translation>Ajouter un parcours fait à partir d’un modèle de la bibliothèque</translation>
    </message>
    <message>
        <source>Save Journey as Te&amp;mplate…</source>
        <translation>Enregistrer le parcours comme mo&amp;dèle…</translation>
    </message>
    <message>
        <source>Keep the stages, lanes and blueprint of the current journey as a template of your own</source>
        <translation>Garder les étapes, lignes et blueprint du parcours courant comme modèle personnel</translation>
    </message>
    <message>
        <source>E&amp;xport Journey as Template…</source>
        <translation>E&amp;xporter le parcours comme modèle…</translation>
    </message>
    <message>
        <source>Write the current journey as a template file to share</source>
        <translation>Écrire le parcours courant dans un fichier modèle à partager</translation>
    </message>
    <message>
        <source>&amp;Import Template File…</source>
        <translation>&amp;Importer un fichier modèle…</translation>
    </message>
    <message>
        <source>Add a template file received from a colleague to your templates</source>
        <translation>Ajouter à vos modèles un fichier modèle reçu d’un collègue</translation>
    </message>
    <message>
        <source>Recover &amp;Unsaved Work…</source>
        <translation>Récupérer le &amp;travail non enregistré…</translation>
    </message>
    <message>
        <source>Start a new project from a journey template</source>
        <translation>Commencer un nouveau projet à partir d’un modèle de parcours</translation>
    </message>
    <message>
        <source>Add Touchpoi&amp;nt</source>
        <translation>Ajouter un &amp;point de contact</translation>
    </message>
    <message>
        <source>Add Stage Aft&amp;er</source>
        <translation>Ajouter une étape &amp;après</translation>
    </message>
    <message>
        <source>Insert a stage after the current one</source>
        <translation>Insérer une étape après l’étape courante</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Edit the title of the selected item on the map</source>
        <translation>Modifier le titre de l’élément sélectionné sur la carte</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Taille ré&amp;elle</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajuster à la &amp;fenêtre</translation>
    </message>
    <message>
        <source>Highlight &amp;Channel Switches</source>
        <translation>Mettre en évidence les &amp;changements de canal</translation>
    </message>
    <message>
        <source>Show where the customer changes channel</source>
        <translation>Montrer où le client change de canal</translation>
    </message>
    <message>
        <source>Highlight &amp;Hand-offs</source>
        <translation>Mettre en évidence les pa&amp;ssages de relais</translation>
    </message>
    <message>
        <source>Show where the customer is passed to another interlocutor</source>
        <translation>Montrer où le client est passé à un autre interlocuteur</translation>
    </message>
    <message>
        <source>Show and Order &amp;Lanes…</source>
        <translation>Afficher et ordonner les &amp;couloirs…</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;New Journey…</source>
        <translation>&amp;Nouveau parcours…</translation>
    </message>
    <message>
        <source>Add a journey without stages</source>
        <translation>Ajouter un parcours sans étapes</translation>
    </message>
    <message>
        <source>New Journey from &amp;Template…</source>
        <translation>Nouveau parcours à partir d’un &amp;modèle…</translation>
    </message>
    <message>
        <source>&amp;Rename Journey…</source>
        <translation>&amp;Renommer le parcours…</translation>
    </message>
    <message>
        <source>&amp;Delete Journey…</source>
        <translation>&amp;Supprimer le parcours…</translation>
    </message>
    <message>
        <source>Delete the current journey</source>
        <translation>Supprimer le parcours affiché</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key of the map, the presentation and the console, printable on one A4 page</source>
        <translation>Toutes les touches de la carte, de la présentation et de la console, à imprimer sur une page A4</translation>
    </message>
    <message>
        <source>&amp;About CX Designer</source>
        <translation>À &amp;propos de CX Designer</translation>
    </message>
</context>
<context>
    <name>Backstage</name>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Teams involved</source>
        <translation>Équipes impliquées</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>Passages de relais</translation>
    </message>
    <message>
        <source>Failure points</source>
        <translation>Points de défaillance</translation>
    </message>
    <message>
        <source>Touchpoints without back-stage support</source>
        <translation>Points de contact sans appui en coulisses</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Worst pain point</source>
        <translation>Pire irritant</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Behind the scenes</source>
        <translation>En coulisses</translation>
    </message>
    <message>
        <source>Hypotheses to check first</source>
        <translation>Hypothèses à vérifier en premier</translation>
    </message>
    <message>
        <source>No journey in view.</source>
        <translation>Aucun parcours affiché.</translation>
    </message>
    <message>
        <source>Items behind the scenes: %1 · teams: %2 · hand-offs: %3 · failure points: %4 · without back-stage support: %5 of %6 touchpoints.</source>
        <translation>Éléments en coulisses&#xa0;: %1 · équipes&#xa0;: %2 · passages de relais&#xa0;: %3 · points de défaillance&#xa0;: %4 · sans appui en coulisses&#xa0;: %5 points de contact sur %6.</translation>
    </message>
    <message>
        <source>Blueprint and Evidence</source>
        <translation>Blueprint et niveaux de preuve</translation>
    </message>
</context>
<context>
    <name>Benchmark</name>
    <message>
        <source>The radar needs at least %1 criteria scored</source>
        <translation>Le radar demande au moins %1 critères notés</translation>
    </message>
    <message>
        <source>Read every score of the journey (those of its stages included), or those of one stage</source>
        <translation>Lire toutes les notes du parcours (celles de ses étapes comprises), ou celles d’une étape</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Mean /10</source>
        <translation>Moyenne /10</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersion</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Gap to the best</source>
        <translation>Écart au meilleur</translation>
    </message>
    <message>
        <source>Name the players and score them: the strengths and points to watch of the client&apos;s brand are written here, ready to paste.</source>
        <translation>Nommez les acteurs et notez-les&#xa0;: les points forts et les points de vigilance de la marque du client s’écrivent ici, prêts à coller.</translation>
    </message>
    <message>
        <source>Wave:</source>
        <translation>Vague&#xa0;:</translation>
    </message>
    <message>
        <source>The journey and its stages</source>
        <translation>Le parcours et ses étapes</translation>
    </message>
    <message>
        <source>Every score</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>Players and Waves</source>
        <translation>Acteurs et vagues</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Sector Barometer</source>
        <translation>Baromètre du secteur</translation>
    </message>
    <message>
        <source>Players&apos; Scores (Excel or CSV)…</source>
        <translation>Notes des acteurs (Excel ou CSV)…</translation>
    </message>
    <message>
        <source>Add the sector barometer&apos;s scores from a spreadsheet: one row per player, criterion and assessor</source>
        <translation>Ajouter les notes du baromètre du secteur depuis un tableur&#xa0;: une ligne par acteur, critère et évaluateur</translation>
    </message>
    <message>
        <source>Import the players&apos; scores</source>
        <translation>Importer les notes des acteurs</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Tableurs (*.xlsx *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Scores not imported</source>
        <translation>Notes non importées</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>« %1 » n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>%1 scorecards imported from “%2” (%3 new players, %4 new waves).</source>
        <translation>%1 grilles importées de « %2 » (%3 nouveaux acteurs, %4 nouvelles vagues).</translation>
    </message>
    <message>
        <source>Add Player</source>
        <translation>Ajouter un acteur</translation>
    </message>
    <message>
        <source>Delete Player</source>
        <translation>Supprimer l’acteur</translation>
    </message>
    <message>
        <source>The client&apos;s brand</source>
        <translation>La marque du client</translation>
    </message>
    <message>
        <source>Wave 1, Spring 2025…</source>
        <translation>Vague 1, printemps 2025…</translation>
    </message>
    <message>
        <source>Add Wave</source>
        <translation>Ajouter la vague</translation>
    </message>
    <message>
        <source>Delete Wave</source>
        <translation>Supprimer la vague</translation>
    </message>
    <message>
        <source>Players of the sector</source>
        <translation>Acteurs du secteur</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>Waves of scoring</source>
        <translation>Vagues de notation</translation>
    </message>
    <message>
        <source>%1 (client)</source>
        <translation>%1 (client)</translation>
    </message>
    <message>
        <source>Sector barometer</source>
        <translation>Baromètre du secteur</translation>
    </message>
    <message>
        <source>Player %1</source>
        <translation>Acteur %1</translation>
    </message>
    <message>
        <source>Delete %1 and its %2 scorecards?</source>
        <translation>Supprimer %1 et ses %2 grilles d’évaluation&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>A wave needs a name: type one, then Add Wave.</source>
        <translation>Une vague a besoin d’un nom&#xa0;: tapez-en un, puis Ajouter la vague.</translation>
    </message>
    <message>
        <source>New Scorecard</source>
        <translation>Nouvelle grille</translation>
    </message>
    <message>
        <source>Delete Scorecard</source>
        <translation>Supprimer la grille</translation>
    </message>
    <message>
        <source>Not dated</source>
        <translation>Non datée</translation>
    </message>
    <message>
        <source>Visit report, session notes…</source>
        <translation>Compte rendu de visite, notes de séance…</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Périmètre&#xa0;:</translation>
    </message>
    <message>
        <source>Scorecard:</source>
        <translation>Grille&#xa0;:</translation>
    </message>
    <message>
        <source>Player:</source>
        <translation>Acteur&#xa0;:</translation>
    </message>
    <message>
        <source>Assessor:</source>
        <translation>Évaluateur&#xa0;:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Whole journey: %1</source>
        <translation>Tout le parcours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Own experience (no client&apos;s brand named)</source>
        <translation>Expérience propre (aucune marque du client nommée)</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>No wave</source>
        <translation>Sans vague</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <source>Own experience</source>
        <translation>Expérience propre</translation>
    </message>
    <message>
        <source>No scorecard here yet: name the players (and the waves) in the first tab, then New Scorecard scores one player, for one assessor, on the six criteria of the barometer.</source>
        <translation>Pas encore de grille ici&#xa0;: nommez les acteurs (et les vagues) dans le premier onglet, puis Nouvelle grille note un acteur, pour un évaluateur, sur les six critères du baromètre.</translation>
    </message>
    <message>
        <source>Open a journey to score its players.</source>
        <translation>Ouvrez un parcours pour en noter les acteurs.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Rename stage</source>
        <translation>Renommer l’étape</translation>
    </message>
    <message>
        <source>Edit stage description</source>
        <translation>Modifier la description de l’étape</translation>
    </message>
    <message>
        <source>Edit journey description</source>
        <translation>Modifier la description du parcours</translation>
    </message>
    <message>
        <source>Edit project title</source>
        <translation>Modifier le titre du projet</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>Change journey kind</source>
        <translation>Changer le type de parcours</translation>
    </message>
    <message>
        <source>Change improved journey</source>
        <translation>Changer le parcours amélioré</translation>
    </message>
    <message>
        <source>Change the personas of the journey</source>
        <translation>Changer les personae du parcours</translation>
    </message>
    <message>
        <source>Set emotion for a persona</source>
        <translation>Définir l’émotion d’un persona</translation>
    </message>
    <message>
        <source>Set criticality for a persona</source>
        <translation>Définir la criticité d’un persona</translation>
    </message>
    <message>
        <source>Edit touchpoint title</source>
        <translation>Modifier le titre du point de contact</translation>
    </message>
    <message>
        <source>Edit touchpoint description</source>
        <translation>Modifier la description du point de contact</translation>
    </message>
    <message>
        <source>Edit customer action</source>
        <translation>Modifier l’action du client</translation>
    </message>
    <message>
        <source>Edit what the customer thinks</source>
        <translation>Modifier ce que pense le client</translation>
    </message>
    <message>
        <source>Edit what the customer feels</source>
        <translation>Modifier ce que ressent le client</translation>
    </message>
    <message>
        <source>Edit touchpoint notes</source>
        <translation>Modifier les notes du point de contact</translation>
    </message>
    <message>
        <source>Change channel</source>
        <translation>Changer de canal</translation>
    </message>
    <message>
        <source>Change interlocutor</source>
        <translation>Changer d’interlocuteur</translation>
    </message>
    <message>
        <source>Change evidence level</source>
        <translation>Changer le niveau de preuve</translation>
    </message>
    <message>
        <source>Add pain point</source>
        <translation>Ajouter un irritant</translation>
    </message>
    <message>
        <source>Edit pain point</source>
        <translation>Modifier un irritant</translation>
    </message>
    <message>
        <source>Remove pain point</source>
        <translation>Retirer un irritant</translation>
    </message>
    <message>
        <source>Rename touchpoint</source>
        <translation>Renommer le point de contact</translation>
    </message>
    <message>
        <source>Set moment of truth</source>
        <translation>Définir le moment de vérité</translation>
    </message>
    <message>
        <source>Set interlocutor</source>
        <translation>Attribuer un interlocuteur</translation>
    </message>
    <message>
        <source>Change emotion</source>
        <translation>Changer l’émotion</translation>
    </message>
    <message>
        <source>Set channel</source>
        <translation>Définir le canal</translation>
    </message>
    <message>
        <source>Change moment of truth</source>
        <translation>Changer le moment de vérité</translation>
    </message>
    <message>
        <source>Change criticality</source>
        <translation>Changer la criticité</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>Add verbatim</source>
        <translation>Ajouter un verbatim</translation>
    </message>
    <message>
        <source>Attach verbatim</source>
        <translation>Rattacher un verbatim</translation>
    </message>
    <message>
        <source>Edit verbatim</source>
        <translation>Modifier un verbatim</translation>
    </message>
    <message>
        <source>Remove verbatim</source>
        <translation>Retirer un verbatim</translation>
    </message>
    <message>
        <source>Add opportunity</source>
        <translation>Ajouter une opportunité</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>Modifier une opportunité</translation>
    </message>
    <message>
        <source>Remove opportunity</source>
        <translation>Retirer une opportunité</translation>
    </message>
    <message>
        <source>Add KPI value</source>
        <translation>Ajouter une valeur d’indicateur</translation>
    </message>
    <message>
        <source>Edit KPI value</source>
        <translation>Modifier une valeur d’indicateur</translation>
    </message>
    <message>
        <source>Remove KPI value</source>
        <translation>Retirer une valeur d’indicateur</translation>
    </message>
    <message>
        <source>Rename journey</source>
        <translation>Renommer le parcours</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Supprimer le parcours</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Ajouter un persona</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Modifier un persona</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Supprimer un persona</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Ajouter un canal</translation>
    </message>
    <message>
        <source>Edit channel</source>
        <translation>Modifier un canal</translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation>Supprimer un canal</translation>
    </message>
    <message>
        <source>Add interlocutor</source>
        <translation>Ajouter un interlocuteur</translation>
    </message>
    <message>
        <source>Edit interlocutor</source>
        <translation>Modifier un interlocuteur</translation>
    </message>
    <message>
        <source>Delete interlocutor</source>
        <translation>Supprimer un interlocuteur</translation>
    </message>
    <message>
        <source>Show lane</source>
        <translation>Afficher un couloir</translation>
    </message>
    <message>
        <source>Hide lane</source>
        <translation>Masquer un couloir</translation>
    </message>
    <message>
        <source>Show service blueprint</source>
        <translation>Afficher le blueprint de service</translation>
    </message>
    <message>
        <source>Hide service blueprint</source>
        <translation>Masquer le blueprint de service</translation>
    </message>
    <message>
        <source>Change lanes</source>
        <translation>Modifier les couloirs</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Apply stage template</source>
        <translation>Appliquer un modèle d’étapes</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Déplacer l’étape</translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation>Modifier l’étape</translation>
    </message>
    <message>
        <source>Connect touchpoints</source>
        <translation>Relier les points de contact</translation>
    </message>
    <message>
        <source>Delete flow</source>
        <translation>Supprimer le flux</translation>
    </message>
    <message>
        <source>Edit flow</source>
        <translation>Modifier le flux</translation>
    </message>
    <message>
        <source>Add journey</source>
        <translation>Ajouter un parcours</translation>
    </message>
    <message>
        <source>Edit journey</source>
        <translation>Modifier le parcours</translation>
    </message>
    <message>
        <source>Add sticky note</source>
        <translation>Ajouter un post-it</translation>
    </message>
    <message>
        <source>Delete sticky note</source>
        <translation>Supprimer le post-it</translation>
    </message>
    <message>
        <source>Edit sticky note</source>
        <translation>Modifier le post-it</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation>Ajouter un point de contact</translation>
    </message>
    <message>
        <source>Delete touchpoint</source>
        <translation>Supprimer le point de contact</translation>
    </message>
    <message>
        <source>Delete %n touchpoints</source>
        <translation>Supprimer %n points de contact</translation>
    </message>
    <message>
        <source>Move touchpoint</source>
        <translation>Déplacer le point de contact</translation>
    </message>
    <message>
        <source>Move touchpoints</source>
        <translation>Déplacer les points de contact</translation>
    </message>
    <message>
        <source>Edit touchpoint</source>
        <translation>Modifier le point de contact</translation>
    </message>
    <message>
        <source>End the path here</source>
        <translation>Arrêter le parcours ici</translation>
    </message>
    <message>
        <source>Lead on to the next touchpoint</source>
        <translation>Mener au point de contact suivant</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Modifier le projet</translation>
    </message>
    <message>
        <source>Add scorecard</source>
        <translation>Ajouter une grille du baromètre</translation>
    </message>
    <message>
        <source>Delete scorecard</source>
        <translation>Supprimer la grille du baromètre</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Retirer un critère</translation>
    </message>
    <message>
        <source>Score a criterion</source>
        <translation>Noter un critère</translation>
    </message>
    <message>
        <source>Import survey answers</source>
        <translation>Importer des réponses d’enquête</translation>
    </message>
    <message>
        <source>Add survey answer</source>
        <translation>Ajouter une réponse d’enquête</translation>
    </message>
    <message>
        <source>Import contact log</source>
        <translation>Importer un journal des contacts</translation>
    </message>
    <message>
        <source>Set value for the customer</source>
        <translation>Définir la valeur pour le client</translation>
    </message>
    <message>
        <source>Set value for the business</source>
        <translation>Définir la valeur pour l’entreprise</translation>
    </message>
    <message>
        <source>Add contact count</source>
        <translation>Saisir un nombre de contacts</translation>
    </message>
    <message>
        <source>Edit contact count</source>
        <translation>Modifier un nombre de contacts</translation>
    </message>
    <message>
        <source>Delete contact count</source>
        <translation>Supprimer un nombre de contacts</translation>
    </message>
    <message>
        <source>Add contact profile</source>
        <translation>Ajouter un profil de contact</translation>
    </message>
    <message>
        <source>Rename contact profile</source>
        <translation>Renommer le profil de contact</translation>
    </message>
    <message>
        <source>Delete contact profile</source>
        <translation>Supprimer le profil de contact</translation>
    </message>
    <message>
        <source>Add reason to contact profile</source>
        <translation>Ajouter un motif au profil de contact</translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation>Ajouter un segment</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Supprimer le segment</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>Renommer le segment</translation>
    </message>
    <message>
        <source>Edit segment size</source>
        <translation>Modifier la taille du segment</translation>
    </message>
    <message>
        <source>Change persona colour</source>
        <translation>Changer la couleur du persona</translation>
    </message>
    <message>
        <source>Change persona segment</source>
        <translation>Changer le segment du persona</translation>
    </message>
    <message>
        <source>Set persona photo</source>
        <translation>Ajouter la photo du persona</translation>
    </message>
    <message>
        <source>Remove persona photo</source>
        <translation>Retirer la photo du persona</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Modifier l’action</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Supprimer l’action</translation>
    </message>
    <message>
        <source>Create target journey</source>
        <translation>Créer le parcours cible</translation>
    </message>
    <message>
        <source>Add indicator counts</source>
        <translation>Ajouter des comptages d’indicateur</translation>
    </message>
    <message>
        <source>Edit indicator counts</source>
        <translation>Modifier des comptages d’indicateur</translation>
    </message>
    <message>
        <source>Delete indicator counts</source>
        <translation>Supprimer des comptages d’indicateur</translation>
    </message>
    <message>
        <source>Apply photo of the wall</source>
        <translation>Appliquer la photo du mur</translation>
    </message>
    <message>
        <source>Import journey from spreadsheet</source>
        <translation>Importer un parcours depuis un tableur</translation>
    </message>
    <message>
        <source>Merge another copy</source>
        <translation>Fusionner une autre copie</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <source>Restore snapshot</source>
        <translation>Restaurer l’instantané</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>Supprimer l’instantané</translation>
    </message>
    <message>
        <source>Settle merge conflict</source>
        <translation>Régler un conflit de fusion</translation>
    </message>
    <message>
        <source>Rename blueprint item</source>
        <translation>Renommer l’élément du blueprint</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Changer de responsable</translation>
    </message>
    <message>
        <source>Edit blueprint item description</source>
        <translation>Modifier la description de l’élément du blueprint</translation>
    </message>
    <message>
        <source>Move blueprint item to another row</source>
        <translation>Changer la couche de l’élément du blueprint</translation>
    </message>
    <message>
        <source>Move blueprint item to another stage</source>
        <translation>Déplacer l’élément du blueprint vers une autre étape</translation>
    </message>
    <message>
        <source>Change what a blueprint item serves</source>
        <translation>Changer ce que sert l’élément du blueprint</translation>
    </message>
    <message>
        <source>Change the causes of a pain point</source>
        <translation>Changer les causes d’un irritant</translation>
    </message>
    <message>
        <source>Add blueprint item</source>
        <translation>Ajouter un élément au blueprint</translation>
    </message>
    <message>
        <source>Delete blueprint item</source>
        <translation>Supprimer l’élément du blueprint</translation>
    </message>
    <message>
        <source>Move blueprint item</source>
        <translation>Déplacer l’élément du blueprint</translation>
    </message>
    <message>
        <source>Edit blueprint item</source>
        <translation>Modifier l’élément du blueprint</translation>
    </message>
    <message>
        <source>Park a question</source>
        <translation>Mettre une question au parking</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>Withdraw vote</source>
        <translation>Retirer un vote</translation>
    </message>
    <message>
        <source>Remove a parked question</source>
        <translation>Retirer une question du parking</translation>
    </message>
    <message>
        <source>Answer a parked question</source>
        <translation>Répondre à une question en suspens</translation>
    </message>
    <message>
        <source>Set the journey that details the step</source>
        <translation>Choisir le parcours qui détaille le point de contact</translation>
    </message>
    <message>
        <source>Add picture</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Retirer l’image</translation>
    </message>
    <message>
        <source>Import players&apos; scores</source>
        <translation>Importer les notes des acteurs</translation>
    </message>
    <message>
        <source>Add player</source>
        <translation>Ajouter un acteur</translation>
    </message>
    <message>
        <source>Delete player</source>
        <translation>Supprimer un acteur</translation>
    </message>
    <message>
        <source>Edit player</source>
        <translation>Modifier un acteur</translation>
    </message>
    <message>
        <source>Add wave</source>
        <translation>Ajouter une vague</translation>
    </message>
    <message>
        <source>Delete wave</source>
        <translation>Supprimer une vague</translation>
    </message>
    <message>
        <source>Edit scorecard</source>
        <translation>Modifier une grille</translation>
    </message>
    <message>
        <source>Edit value of a point</source>
        <translation>Modifier la valeur d’un point</translation>
    </message>
    <message>
        <source>Add value of a point</source>
        <translation>Ajouter la valeur d’un point</translation>
    </message>
    <message>
        <source>Delete value of a point</source>
        <translation>Supprimer la valeur d’un point</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Current and Target Journeys</source>
        <translation>Parcours actuel et parcours cible</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>L’un sous l’autre</translation>
    </message>
    <message>
        <source>Fit Maps</source>
        <translation>Ajuster les cartes</translation>
    </message>
    <message>
        <source>No target journey improves a current journey in this project.
Use Journey ▸ Create Target Journey on a current journey first.</source>
        <translation>Aucun parcours cible n’améliore un parcours actuel dans ce projet.
Utilisez d’abord Parcours ▸ Créer le parcours cible sur un parcours actuel.</translation>
    </message>
    <message>
        <source>Target journey:</source>
        <translation>Parcours cible&#xa0;:</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>Persona&#xa0;:</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Click a line to show it on the maps.</source>
        <translation>Cliquez sur une ligne pour la montrer sur les cartes.</translation>
    </message>
    <message>
        <source>%1 (improves %2)</source>
        <translation>%1 (améliore %2)</translation>
    </message>
    <message>
        <source>Touchpoint emotions</source>
        <translation>Émotions des points de contact</translation>
    </message>
    <message>
        <source>Current journey — %1</source>
        <translation>Parcours actuel — %1</translation>
    </message>
    <message>
        <source>Target journey — %1</source>
        <translation>Parcours cible — %1</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Irritants</translation>
    </message>
    <message>
        <source>Channel switches</source>
        <translation>Changements de canal</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>Passages de relais</translation>
    </message>
    <message>
        <source>Mean emotion</source>
        <translation>Émotion moyenne</translation>
    </message>
    <message>
        <source>Channel switches: %1</source>
        <translation>Changements de canal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hand-offs: %1</source>
        <translation>Passages de relais&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dead ends: %1</source>
        <translation>Impasses&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unreachable steps: %1</source>
        <translation>Étapes inaccessibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Touchpoints removed (%1)</source>
        <translation>Points de contact retirés (%1)</translation>
    </message>
    <message>
        <source>Touchpoints added (%1)</source>
        <translation>Points de contact ajoutés (%1)</translation>
    </message>
    <message>
        <source>%1, step removed</source>
        <translation>%1, étape retirée</translation>
    </message>
    <message>
        <source>Pain points removed (%1) · pain points %2</source>
        <translation>Irritants supprimés (%1) · irritants %2</translation>
    </message>
    <message>
        <source>%1 → now: %2</source>
        <translation>%1 → désormais&#xa0;: %2</translation>
    </message>
    <message>
        <source>Critical moments turned around (%1)</source>
        <translation>Moments critiques retournés (%1)</translation>
    </message>
    <message>
        <source>Wow moments added (%1)</source>
        <translation>Moments waouh ajoutés (%1)</translation>
    </message>
    <message>
        <source>Channels added (%1)</source>
        <translation>Canaux ajoutés (%1)</translation>
    </message>
    <message>
        <source>Channels dropped (%1)</source>
        <translation>Canaux abandonnés (%1)</translation>
    </message>
    <message>
        <source>implied link</source>
        <translation>lien implicite</translation>
    </message>
    <message>
        <source>Current journey (%1)</source>
        <translation>Parcours actuel (%1)</translation>
    </message>
    <message>
        <source>Target journey (%1)</source>
        <translation>Parcours cible (%1)</translation>
    </message>
    <message>
        <source>Loops: %1</source>
        <translation>Boucles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Repeated steps: %1</source>
        <translation>Étapes répétées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mean emotion: %1 → %2</source>
        <translation>Émotion moyenne&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Teams: %1</source>
        <translation>Équipes&#xa0;: %1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>ajoutées&#xa0;: %1</translation>
    </message>
    <message>
        <source>dropped: %1</source>
        <translation>retirées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Items behind the scenes: %1</source>
        <translation>Éléments en coulisses&#xa0;: %1</translation>
    </message>
    <message>
        <source>Front-stage items: %1</source>
        <translation>Éléments du front-office&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hand-offs between teams: %1</source>
        <translation>Passages de relais entre équipes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failure points: %1</source>
        <translation>Points de défaillance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Touchpoints without back-stage support: %1</source>
        <translation>Points de contact sans appui en coulisses&#xa0;: %1</translation>
    </message>
    <message>
        <source>Touchpoints resting on hypotheses: %1</source>
        <translation>Points de contact reposant sur des hypothèses&#xa0;: %1</translation>
    </message>
    <message>
        <source>Critical moments still to check: %1</source>
        <translation>Moments critiques encore à vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Behind the scenes and evidence</source>
        <translation>Coulisses et niveaux de preuve</translation>
    </message>
    <message>
        <source>&amp;Compare with Current Journey…</source>
        <translation>&amp;Comparer au parcours actuel…</translation>
    </message>
    <message>
        <source>The current and the target journey side by side, with what changes: pain points, moments of truth, channels, emotion</source>
        <translation>Le parcours actuel et le parcours cible côte à côte, avec ce qui change&#xa0;: irritants, moments de vérité, canaux, émotion</translation>
    </message>
    <message>
        <source>No stage to compare.</source>
        <translation>Aucune étape à comparer.</translation>
    </message>
    <message>
        <source>Gain per stage</source>
        <translation>Gain par étape</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Show on the Map</source>
        <translation>Montrer sur la carte</translation>
    </message>
    <message>
        <source>Before both</source>
        <translation>Avant les deux</translation>
    </message>
    <message>
        <source>Conflicts to settle: %1. Until you choose, the project keeps the side marked “kept now” and counts as conflicted.</source>
        <translation>Conflits à régler&#xa0;: %1. Tant que vous n’avez pas choisi, le projet garde la version marquée «&#xa0;gardée&#xa0;» et reste en conflit.</translation>
    </message>
    <message>
        <source>No conflicts left: the project is merged.</source>
        <translation>Plus aucun conflit&#xa0;: le projet est fusionné.</translation>
    </message>
    <message>
        <source>%1 (kept now)</source>
        <translation>%1 (gardée)</translation>
    </message>
    <message>
        <source>Keep It (%1)</source>
        <translation>Garder (%1)</translation>
    </message>
    <message>
        <source>Remove It (%1)</source>
        <translation>Supprimer (%1)</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Garder %1</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Prendre %1</translation>
    </message>
    <message>
        <source>Settle the conflict</source>
        <translation>Régler le conflit</translation>
    </message>
    <message>
        <source>This side cannot be taken: what it needs is no longer in the project. The conflict stays as it was.</source>
        <translation>Impossible de prendre cette version&#xa0;: ce dont elle a besoin n’est plus dans le projet. Le conflit reste tel quel.</translation>
    </message>
    <message>
        <source>Conflict settled: %1.</source>
        <translation>Conflit réglé&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Sticky note</source>
        <translation>Post-it</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Question for the parking lot</source>
        <translation>Question pour le parking</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length of the exercise</source>
        <translation>Durée de l’exercice</translation>
    </message>
    <message>
        <source>How many minutes the countdown lasts</source>
        <translation>Combien de minutes dure le compte à rebours</translation>
    </message>
    <message>
        <source>Start or pause</source>
        <translation>Démarrer ou mettre en pause</translation>
    </message>
    <message>
        <source>Start the countdown, or pause it (Ctrl+T)</source>
        <translation>Démarrer le compte à rebours, ou le mettre en pause (Ctrl+T)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>One more minute</source>
        <translation>Une minute de plus</translation>
    </message>
    <message>
        <source>Give the exercise one more minute</source>
        <translation>Donner une minute de plus à l’exercice</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Remettre à zéro</translation>
    </message>
    <message>
        <source>Back to the full length, stopped</source>
        <translation>Revenir à la durée complète, arrêté</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>What is typed</source>
        <translation>Ce qui est saisi</translation>
    </message>
    <message>
        <source>A sticky note or a touchpoint in the stage shown, or a question for the parking lot</source>
        <translation>Un post-it ou un point de contact dans l’étape affichée, ou une question pour le parking</translation>
    </message>
    <message>
        <source>Type what the room says, then Enter</source>
        <translation>Saisissez ce que dit la salle, puis Entrée</translation>
    </message>
    <message>
        <source>Capture line</source>
        <translation>Ligne de saisie</translation>
    </message>
    <message>
        <source>Enter puts what is typed on the projected map, in the stage shown</source>
        <translation>Entrée place ce qui est saisi sur la carte projetée, dans l’étape affichée</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>What was captured during this presentation, newest first</source>
        <translation>Ce qui a été saisi pendant cette présentation, le plus récent d’abord</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Facilitator&apos;s Console — CX Designer</source>
        <translation>Console de l’animateur — CX Designer</translation>
    </message>
    <message>
        <source>Stage shown</source>
        <translation>Étape affichée</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>The previous part or stage on the projector (Page Up)</source>
        <translation>La partie ou l’étape précédente sur le projecteur (Page préc.)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>The next part or stage on the projector (Page Down)</source>
        <translation>La partie ou l’étape suivante sur le projecteur (Page suiv.)</translation>
    </message>
    <message>
        <source>Dot votes</source>
        <translation>Votes par gommettes</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking (questions en suspens)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Stages: %1</source>
        <translation>Étapes&#xa0;: %1</translation>
    </message>
    <message>
        <source>No stages yet: add them on the map.</source>
        <translation>Pas encore d’étapes&#xa0;: ajoutez-les sur la carte.</translation>
    </message>
    <message>
        <source>New project from a template</source>
        <translation>Nouveau projet à partir d’un modèle</translation>
    </message>
    <message>
        <source>The language of the project&apos;s content: stage and channel names.</source>
        <translation>La langue du contenu du projet&#xa0;: noms des étapes et des canaux.</translation>
    </message>
    <message>
        <source>Project title:</source>
        <translation>Titre du projet&#xa0;:</translation>
    </message>
    <message>
        <source>Content language:</source>
        <translation>Langue du contenu&#xa0;:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>New journey from a template</source>
        <translation>Nouveau parcours à partir d’un modèle</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Improves:</source>
        <translation>Améliore&#xa0;:</translation>
    </message>
    <message>
        <source>Lanes of the map</source>
        <translation>Couloirs de la carte</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Rétablir l’ordre par défaut</translation>
    </message>
    <message>
        <source>Tick the lanes to show; drag or use the buttons to change their order.</source>
        <translation>Cochez les couloirs à afficher&#x202f;; faites-les glisser ou utilisez les boutons pour changer leur ordre.</translation>
    </message>
</context>
<context>
    <name>ErrorNotice</name>
    <message>
        <source>CX Designer — unexpected error</source>
        <translation>CX Designer — erreur inattendue</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something went wrong, but your work is safe.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Un problème est survenu, mais votre travail est en sécurité.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your project is still open, and a recovery copy of unsaved changes is kept. To be sure nothing is lost, save it under another name (File ▸ Save As…), so that the original file stays as it was. Then send the details below to whoever looks after CX Designer for you.</source>
        <translation>Votre projet est toujours ouvert, et une copie de secours des modifications non enregistrées est conservée. Pour ne rien perdre, enregistrez-le sous un autre nom (Fichier ▸ Enregistrer sous…)&#xa0;: le fichier d’origine reste tel qu’il était. Envoyez ensuite les détails ci-dessous à la personne qui s’occupe de CX Designer pour vous.</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>This happened %1 times.</source>
        <translation>C’est arrivé %1 fois.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ExportDestination</name>
    <message>
        <source>“%1” is the name of a project file. Choose a name ending in .pdf.</source>
        <translation>«&#xa0;%1&#xa0;» est le nom d’un fichier de projet. Choisissez un nom qui se termine par .pdf.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Give the name of the file to write.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier. Donnez le nom du fichier à écrire.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file (a device or a pipe?). Choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier ordinaire (un périphérique ou un tube&#x202f;?). Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>“%1” is the project being exported. Choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» est le projet que vous exportez. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>“%1” is a CX Designer project. Choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» est un projet CX Designer. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>“%1” already exists and was not written by CX Designer.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà et n’a pas été écrit par CX Designer.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#x202f;?</translation>
    </message>
    <message>
        <source>Replacing it loses what it holds now.</source>
        <translation>Le remplacer fait perdre ce qu’il contient maintenant.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>Choisissez un autre fichier</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Persona cards</source>
        <translation>Fiches personas</translation>
    </message>
    <message>
        <source>Current and target</source>
        <translation>Actuel et cible</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d’actions</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Verbatim appendix</source>
        <translation>Annexe des verbatims</translation>
    </message>
    <message>
        <source>Behind the scenes and evidence</source>
        <translation>Coulisses et niveaux de preuve</translation>
    </message>
    <message>
        <source>Sector barometer</source>
        <translation>Baromètre du secteur</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>All personas (as the map shows them)</source>
        <translation>Tous les personas (comme sur la carte)</translation>
    </message>
    <message>
        <source>Each journey&apos;s first persona</source>
        <translation>Premier persona de chaque parcours</translation>
    </message>
    <message>
        <source>Journeys:</source>
        <translation>Parcours&#xa0;:</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>Persona&#xa0;:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Parties&#xa0;:</translation>
    </message>
    <message>
        <source>Printed labels in:</source>
        <translation>Libellés imprimés en&#xa0;:</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Format personnalisé</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>As large as the sheet allows; a map whose text would print too small is cut into pages at stage boundaries.</source>
        <translation>Aussi grande que la feuille le permet&#xa0;; une carte dont le texte serait imprimé trop petit est découpée en pages entre les étapes.</translation>
    </message>
    <message>
        <source>All on one sheet</source>
        <translation>Tout sur une feuille</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Échelle&#xa0;:</translation>
    </message>
    <message>
        <source>6 pt is the smallest text read on a table (A4 to A2), 10 pt on a wall (A1 and larger): a map that does not fit at that size is cut into pages at stage boundaries.</source>
        <translation>6 pt est le plus petit texte lisible sur une table (A4 à A2), 10 pt au mur (A1 et plus grand)&#xa0;: une carte qui ne tient pas à cette taille est découpée en pages aux limites des étapes.</translation>
    </message>
    <message>
        <source>Allow smaller text</source>
        <translation>Accepter un texte plus petit</translation>
    </message>
    <message>
        <source>Print on one sheet or at the scale asked even if the text comes out smaller.</source>
        <translation>Imprimer sur une feuille ou à l’échelle demandée même si le texte devient plus petit.</translation>
    </message>
    <message>
        <source>One page per stage</source>
        <translation>Une page par étape</translation>
    </message>
    <message>
        <source>With the map (apart from a poster)</source>
        <translation>Avec la carte (sauf pour une affiche)</translation>
    </message>
    <message>
        <source>Always in the same file</source>
        <translation>Toujours dans le même fichier</translation>
    </message>
    <message>
        <source>In a separate A4 file</source>
        <translation>Dans un fichier A4 à part</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>No: one sheet</source>
        <translation>Non&#xa0;: une seule feuille</translation>
    </message>
    <message>
        <source>On A4 sheets</source>
        <translation>En feuilles A4</translation>
    </message>
    <message>
        <source>On A3 sheets</source>
        <translation>En feuilles A3</translation>
    </message>
    <message>
        <source>overlap </source>
        <translation>chevauchement </translation>
    </message>
    <message>
        <source>Press-ready: CMYK, 3 mm bleed, crop marks (PDF/X-4)</source>
        <translation>Prêt pour l’imprimeur&#xa0;: CMJN, fond perdu de 3&#xa0;mm, traits de coupe (PDF/X-4)</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientation&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Smallest text:</source>
        <translation>Plus petit texte&#xa0;:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages&#xa0;:</translation>
    </message>
    <message>
        <source>Strips:</source>
        <translation>Bandes&#xa0;:</translation>
    </message>
    <message>
        <source>Tile:</source>
        <translation>Découpage&#xa0;:</translation>
    </message>
    <message>
        <source>Print shop:</source>
        <translation>Imprimeur&#xa0;:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Below the %1 pt a wall poster is read at: from a metre or two away, the text will be hard to read.</source>
        <translation>En dessous des %1 pt d’une affiche murale&#xa0;: à un ou deux mètres, le texte sera difficile à lire.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A poster at a scale is as large as the map needs.</source>
        <translation>Une affiche à l’échelle prend la taille dont la carte a besoin.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>tick at least one journey.</source>
        <translation>cochez au moins un parcours.</translation>
    </message>
    <message>
        <source>This export cannot be made.</source>
        <translation>Cet export est impossible.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Fit to the sheet</source>
        <translation>Ajuster à la feuille</translation>
    </message>
    <message>
        <source>Segments and profiles</source>
        <translation>Segments et profils</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>To change:</source>
        <translation>À changer&#xa0;:</translation>
    </message>
    <message>
        <source>Smallest text</source>
        <translation>Plus petit texte</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>Découpage</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>chevauchement</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>report</source>
        <comment>the file name of the report made apart</comment>
        <translation>rapport</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;NG Image…</source>
        <translation>Image P&amp;NG…</translation>
    </message>
    <message>
        <source>&amp;SVG Image…</source>
        <translation>Image &amp;SVG…</translation>
    </message>
    <message>
        <source>Print the maps to a PDF: one sheet, a poster or tiled office sheets</source>
        <translation>Imprimer les cartes en PDF&#xa0;: une feuille, une affiche ou des feuilles de bureau à assembler</translation>
    </message>
    <message>
        <source>The whole map of this journey as an image for slides</source>
        <translation>Toute la carte de ce parcours en image, pour des diapositives</translation>
    </message>
    <message>
        <source>The whole map of this journey as a vector image</source>
        <translation>Toute la carte de ce parcours en image vectorielle</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Création du PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2…</source>
        <translation>Page %1 sur %2…</translation>
    </message>
    <message>
        <source>%1 pages exported to %2</source>
        <translation>%1 pages exportées dans %2</translation>
    </message>
    <message>
        <source>and the report to %1</source>
        <translation>et le rapport dans %1</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé&#xa0;: aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>Characters missing from the PDF</source>
        <translation>Caractères absents du PDF</translation>
    </message>
    <message>
        <source>“%1” was written, but some texts hold characters that none of the bundled fonts has: they print as empty boxes.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré, mais certains textes contiennent des caractères qu’aucune des polices fournies ne possède&#xa0;: ils s’impriment sous forme de cases vides.</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>image</translation>
    </message>
    <message>
        <source>%1: “%2” cannot be read (damaged, or too large); a crossed box is printed in its place. Choose the picture again.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» ne peut pas être lue (endommagée, ou trop grande)&#xa0;; un cadre barré est imprimé à sa place. Choisissez l’image de nouveau.</translation>
    </message>
    <message>
        <source>%1: “%2” prints at %3 ppi; choose a picture at least %4 pixels wide, or print on smaller paper.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» s’imprime à %3&#xa0;ppp&#xa0;; choisissez une image d’au moins %4&#xa0;pixels de large, ou imprimez sur un papier plus petit.</translation>
    </message>
    <message>
        <source>Pictures that print blurred</source>
        <translation>Images imprimées floues</translation>
    </message>
    <message>
        <source>“%1” was written, but some pictures print below the 150 ppi a sharp print needs.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré, mais des images s’impriment sous les 150&#xa0;ppp qu’il faut pour une impression nette.</translation>
    </message>
    <message>
        <source>The PDF cannot be made with these options.</source>
        <translation>Le PDF ne peut pas être créé avec ces options.</translation>
    </message>
    <message>
        <source>“%1” could not be written; a file already there is unchanged.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;; le fichier qui s’y trouvait est inchangé.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>Le PDF n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>PDF not exported</source>
        <translation>PDF non exporté</translation>
    </message>
    <message>
        <source>Export a PNG image</source>
        <translation>Exporter une image PNG</translation>
    </message>
    <message>
        <source>Width of the image:</source>
        <translation>Largeur de l’image&#xa0;:</translation>
    </message>
    <message>
        <source>Export the map as a PNG image</source>
        <translation>Exporter la carte en image PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the map as an SVG image</source>
        <translation>Exporter la carte en image SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>Image not exported</source>
        <translation>Image non exportée</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Map exported to %1</source>
        <translation>Carte exportée dans %1</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>%1 landscape</source>
        <translation>%1 paysage</translation>
    </message>
    <message>
        <source>%1 portrait</source>
        <translation>%1 portrait</translation>
    </message>
    <message>
        <source>%1, smallest text %2 on the map.</source>
        <translation>%1, plus petit texte %2 sur la carte.</translation>
    </message>
    <message>
        <source>Map on %1 sheet %2 at %3.</source>
        <translation>Carte sur %1 feuille %2 à %3.</translation>
    </message>
    <message>
        <source>Maps on %1 sheets %2 at %3.</source>
        <translation>Cartes sur %1 feuilles %2 à %3.</translation>
    </message>
    <message>
        <source>Poster %1 on %2 sheets %3 (%4 rows × %5 columns) at %6, with an assembly plan.</source>
        <translation>Affiche %1 sur %2 feuilles %3 (%4 rangées × %5 colonnes) à %6, avec un plan d’assemblage.</translation>
    </message>
    <message>
        <source>legend</source>
        <translation>légende</translation>
    </message>
    <message>
        <source>persona cards</source>
        <translation>fiches personas</translation>
    </message>
    <message>
        <source>current and target journeys</source>
        <translation>parcours actuel et cible</translation>
    </message>
    <message>
        <source>segments and contact profiles</source>
        <translation>segments et profils de contact</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>plan d’actions</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1&#xa0;pt</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>indicateurs</translation>
    </message>
    <message>
        <source>verbatim appendix</source>
        <translation>annexe des verbatims</translation>
    </message>
    <message>
        <source>behind the scenes and evidence</source>
        <translation>coulisses et niveaux de preuve</translation>
    </message>
    <message>
        <source>sector barometer</source>
        <translation>baromètre du secteur</translation>
    </message>
    <message>
        <source>“%1” is cut into %2 pages at stage boundaries, at %3.</source>
        <translation>«&#xa0;%1&#xa0;» est découpé en %2 pages entre les étapes, à %3.</translation>
    </message>
    <message>
        <source>Its sheets are turned to portrait to hold the map&apos;s height.</source>
        <translation>Ses feuilles sont tournées en portrait pour tenir la hauteur de la carte.</translation>
    </message>
    <message>
        <source>Its sheets are turned to landscape to hold the map&apos;s height.</source>
        <translation>Ses feuilles sont tournées en paysage pour tenir la hauteur de la carte.</translation>
    </message>
    <message>
        <source>Its legend has a page of its own.</source>
        <translation>Sa légende a sa propre page.</translation>
    </message>
    <message>
        <source>One %1 sheet in portrait would hold it whole.</source>
        <translation>Une feuille %1 en portrait la tiendrait en entier.</translation>
    </message>
    <message>
        <source>One %1 sheet in landscape would hold it whole.</source>
        <translation>Une feuille %1 en paysage la tiendrait en entier.</translation>
    </message>
    <message>
        <source>One %1 sheet would hold it whole.</source>
        <translation>Une feuille %1 la tiendrait en entier.</translation>
    </message>
    <message>
        <source>A poster of %1 × %2 mm would hold it whole, tiled on office sheets.</source>
        <translation>Une affiche de %1 × %2 mm la tiendrait en entier, en mosaïque sur des feuilles de bureau.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>Below the %1 asked: it may be hard to read.</source>
        <translation>Sous les %1 demandés&#xa0;: il peut être difficile à lire.</translation>
    </message>
    <message>
        <source>Title block and legend from %1.</source>
        <translation>Cartouche et légende à partir de %1.</translation>
    </message>
    <message>
        <source>%1 in all.</source>
        <translation>%1 en tout.</translation>
    </message>
    <message>
        <source>1 blank sheet is left out.</source>
        <translation>1 feuille blanche n’est pas imprimée.</translation>
    </message>
    <message>
        <source>%1 blank sheets are left out.</source>
        <translation>%1 feuilles blanches ne sont pas imprimées.</translation>
    </message>
    <message>
        <source>Then: %1.</source>
        <translation>Puis&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A poster&apos;s file holds the map only: the report (%1) goes to a separate A4 file if you choose so under “Report”.</source>
        <translation>Le fichier d’une affiche ne contient que la carte&#xa0;: le rapport (%1) va dans un fichier A4 à part si vous le choisissez sous «&#xa0;Rapport&#xa0;».</translation>
    </message>
    <message>
        <source>1 text is shortened on the map.</source>
        <translation>1 texte est abrégé sur la carte.</translation>
    </message>
    <message>
        <source>%1 texts are shortened on the map.</source>
        <translation>%1 textes sont abrégés sur la carte.</translation>
    </message>
    <message>
        <source>The poster&apos;s last page gives them in full.</source>
        <translation>La dernière page de l’affiche les donne en entier.</translation>
    </message>
    <message>
        <source>+ 1 page</source>
        <translation>+ 1 page</translation>
    </message>
    <message>
        <source>+ %1 pages</source>
        <translation>+ %1 pages</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>The project was not saved. Your changes are still here: try again, or save it somewhere else with File ▸ Save As.</source>
        <translation>Le projet n’a pas été enregistré. Vos modifications sont toujours là&#xa0;: réessayez, ou enregistrez-le ailleurs avec Fichier ▸ Enregistrer sous.</translation>
    </message>
    <message>
        <source>“%1” is open in another window of CX Designer, here or on another computer. Your changes are still here: save them under another name with File ▸ Save As.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert dans une autre fenêtre de CX Designer, ici ou sur un autre ordinateur. Vos modifications sont toujours là&#xa0;: enregistrez-les sous un autre nom avec Fichier ▸ Enregistrer sous.</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>The project could not be opened. The file was not changed.</source>
        <translation>Le projet n’a pas pu être ouvert. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>It is open in another window of this CX Designer.</source>
        <translation>Il est ouvert dans une autre fenêtre de ce CX Designer.</translation>
    </message>
    <message>
        <source>It is open in CX Designer on the computer “%1” (process %2) since %3.</source>
        <translation>Il est ouvert dans CX Designer sur l’ordinateur «&#xa0;%1&#xa0;» (processus %2) depuis le %3.</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <source>the image could not be encoded</source>
        <translation>l’image n’a pas pu être encodée</translation>
    </message>
    <message>
        <source>Customer-journey map made with CX Designer</source>
        <translation>Carte du parcours client réalisée avec CX Designer</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>New Scorecard</source>
        <translation>Nouvelle grille</translation>
    </message>
    <message>
        <source>Delete Scorecard</source>
        <translation>Supprimer la grille</translation>
    </message>
    <message>
        <source>Add Criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Remove Criterion</source>
        <translation>Retirer le critère</translation>
    </message>
    <message>
        <source>No scorecard for this scope yet: New Scorecard adds one with the default criteria (functional, cognitive, emotional, relational, societal), to score out of 10.</source>
        <translation>Pas encore de grille pour ce périmètre&#xa0;: «&#xa0;Nouvelle grille&#xa0;» en crée une avec les critères par défaut (fonctionnel, cognitif, émotionnel, relationnel, sociétal), à noter sur 10.</translation>
    </message>
    <message>
        <source>No criterion scored yet</source>
        <translation>Aucun critère noté pour l’instant</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Périmètre&#xa0;:</translation>
    </message>
    <message>
        <source>Scorecard:</source>
        <translation>Grille&#xa0;:</translation>
    </message>
    <message>
        <source>Whole journey: %1</source>
        <translation>Tout le parcours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scorecard %1</source>
        <translation>Grille %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current vs target&lt;/b&gt; · %1 · mean gain %2</source>
        <translation>&lt;b&gt;Actuel et cible&lt;/b&gt; · %1 · gain moyen %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · mean %2 / 10 over %3 criteria</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · moyenne %2 / 10 sur %3 critères</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mean per stage&lt;/b&gt; (/ 10) · current vs target</source>
        <translation>&lt;b&gt;Moyenne par étape&lt;/b&gt; (/ 10) · actuel et cible</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mean per stage&lt;/b&gt; (/ 10)</source>
        <translation>&lt;b&gt;Moyenne par étape&lt;/b&gt; (/ 10)</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nouveau critère</translation>
    </message>
    <message>
        <source>few answers</source>
        <translation>peu de réponses</translation>
    </message>
    <message>
        <source>No score: %1</source>
        <translation>Pas de score&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 promoters (9-10), %2 passives (7-8), %3 detractors (0-6)</source>
        <translation>%1 promoteurs (9-10), %2 passifs (7-8), %3 détracteurs (0-6)</translation>
    </message>
    <message>
        <source>%1 of %2 answers satisfied (from %3 on %4-%5)</source>
        <translation>%1 réponses satisfaites sur %2 (à partir de %3 sur %4-%5)</translation>
    </message>
    <message>
        <source>Mean effort answer on %1-%2 (%3 = best)</source>
        <translation>Moyenne des réponses d’effort sur %1-%2 (%3 = le meilleur)</translation>
    </message>
    <message>
        <source>Only %1 answers: a trend at most, not a score to decide on.</source>
        <translation>Seulement %1 réponses&#xa0;: une tendance tout au plus, pas un score sur lequel décider.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Score / 10</source>
        <translation>Note / 10</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Indicators and Barometer</source>
        <translation>Indicateurs et baromètre</translation>
    </message>
    <message>
        <source>Survey Answers (Excel or CSV)…</source>
        <translation>Réponses d’enquête (Excel ou CSV)…</translation>
    </message>
    <message>
        <source>NPS, CSAT, CES</source>
        <translation>NPS, CSAT, CES</translation>
    </message>
    <message>
        <source>Barometer</source>
        <translation>Baromètre</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Comptages</translation>
    </message>
    <message>
        <source>Add NPS, CSAT and CES answers from a spreadsheet file</source>
        <translation>Ajouter des réponses NPS, CSAT et CES depuis un fichier de tableur</translation>
    </message>
    <message>
        <source>Show steps without answers</source>
        <translation>Afficher les points de contact sans réponse</translation>
    </message>
    <message>
        <source>No answers about a stage yet</source>
        <translation>Aucune réponse sur une étape pour l’instant</translation>
    </message>
    <message>
        <source>No answers about this journey yet: import a survey (File ▸ Import) or type answers.</source>
        <translation>Aucune réponse sur ce parcours pour l’instant&#xa0;: importez une enquête (Fichier ▸ Importer) ou saisissez des réponses.</translation>
    </message>
    <message>
        <source>Scores of the journey, its stages and its steps; n is the number of answers (up to %1 here).</source>
        <translation>Scores du parcours, de ses étapes et de ses points de contact&#xa0;; n est le nombre de réponses (jusqu’à %1 ici).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 per stage&lt;/b&gt; · journey: %2</source>
        <translation>&lt;b&gt;%1 par étape&lt;/b&gt; · parcours&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import survey answers</source>
        <translation>Importer des réponses d’enquête</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Tableurs (*.xlsx *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Answers not imported</source>
        <translation>Réponses non importées</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2 problem(s) to fix in the file. Nothing was added to the project.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été importé&#xa0;: %2 problème(s) à corriger dans le fichier. Rien n’a été ajouté au projet.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>%1 answers imported from “%2”.</source>
        <translation>%1 réponses importées depuis «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Type an answer</source>
        <translation>Saisir une réponse</translation>
    </message>
    <message>
        <source>Add Answer</source>
        <translation>Ajouter la réponse</translation>
    </message>
    <message>
        <source>%1 answers are numbers from %2 to %3 (typed “%4”).</source>
        <translation>les réponses %1 sont des nombres de %2 à %3 (saisi&#xa0;: «&#xa0;%4&#xa0;»).</translation>
    </message>
    <message>
        <source>type the answer: %1 answers are numbers from %2 to %3.</source>
        <translation>saisissez la réponse&#xa0;: les réponses %1 sont des nombres de %2 à %3.</translation>
    </message>
    <message>
        <source>Customers at the start</source>
        <translation>Clients en début de période</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <source>Customers at the end</source>
        <translation>Clients en fin de période</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>Purchases by referral</source>
        <translation>Achats par recommandation</translation>
    </message>
    <message>
        <source>All purchases</source>
        <translation>Total des achats</translation>
    </message>
    <message>
        <source>Purchases over the relationship</source>
        <translation>Achats sur la durée de la relation</translation>
    </message>
    <message>
        <source>Mean value of a purchase</source>
        <translation>Valeur moyenne d’un achat</translation>
    </message>
    <message>
        <source>Sales and marketing cost</source>
        <translation>Coûts commerciaux et marketing</translation>
    </message>
    <message>
        <source>Customers acquired</source>
        <translation>Clients acquis</translation>
    </message>
    <message>
        <source>Total resolution time (hours, days…)</source>
        <translation>Temps total de résolution (heures, jours…)</translation>
    </message>
    <message>
        <source>Requests resolved</source>
        <translation>Demandes résolues</translation>
    </message>
    <message>
        <source>Answers scoring %1</source>
        <translation>Réponses à %1</translation>
    </message>
    <message>
        <source>missing the number of answers for each score 0-10</source>
        <translation>il manque le nombre de réponses pour chaque note de 0 à 10</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>il manque %1</translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>Non calculé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add counts</source>
        <translation>Ajouter des comptages</translation>
    </message>
    <message>
        <source>e.g. 2024 Q1</source>
        <translation>ex. 2024 T1</translation>
    </message>
    <message>
        <source>Add Record</source>
        <translation>Ajouter l’enregistrement</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Sur&#xa0;:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Not added: the project has no journey.</source>
        <translation>Non ajouté&#xa0;: le projet n’a aucun parcours.</translation>
    </message>
    <message>
        <source>Not added: “%1” is not a number (%2).</source>
        <translation>Non ajouté&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nombre (%2).</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <source>Delete Record</source>
        <translation>Supprimer l’enregistrement</translation>
    </message>
    <message>
        <source>No counts yet: add the counts of a period with the form (churn, retention, referral rate, lifetime value…).</source>
        <translation>Aucun comptage pour l’instant&#xa0;: ajoutez les comptages d’une période avec le formulaire (attrition, rétention, taux de recommandation, valeur à vie…).</translation>
    </message>
    <message>
        <source>Indicators computed from counts, one period each; n is what the figure rests on. Double-click an input&apos;s value to correct it.</source>
        <translation>Indicateurs calculés à partir de comptages, une période chacun&#xa0;; n est ce sur quoi repose le chiffre. Double-cliquez sur la valeur d’une donnée pour la corriger.</translation>
    </message>
    <message>
        <source>Select a record to see and correct its counts.</source>
        <translation>Sélectionnez un enregistrement pour voir et corriger ses comptages.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Counts of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comptages&#xa0;: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not changed: “%1” is not a number.</source>
        <translation>Non modifié&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicateur&#xa0;:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Échelle&#xa0;:</translation>
    </message>
    <message>
        <source>Respondent:</source>
        <translation>Répondant&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>%1-%2 (usual)</source>
        <translation>%1-%2 (habituelle)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Journey, stage or step</source>
        <translation>Parcours, étape ou point de contact</translation>
    </message>
    <message>
        <source>%1 of the %2 answers are about this step itself.</source>
        <translation>%1 des %2 réponses portent sur ce point de contact lui-même.</translation>
    </message>
    <message>
        <source>The whole journey</source>
        <translation>Le parcours entier</translation>
    </message>
    <message>
        <source>A stage, with its steps&apos; answers</source>
        <translation>Une étape, avec les réponses de ses points de contact</translation>
    </message>
    <message>
        <source>A step (touchpoint)</source>
        <translation>Un point de contact</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Nothing to inspect.</source>
        <translation>Rien à inspecter.</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>Verbatim</translation>
    </message>
    <message>
        <source>The customer&apos;s own words</source>
        <translation>Les mots du client, tels quels</translation>
    </message>
    <message>
        <source>(no persona)</source>
        <translation>(aucun persona)</translation>
    </message>
    <message>
        <source>Words:</source>
        <translation>Verbatim&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>Persona&#xa0;:</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Irritant</translation>
    </message>
    <message>
        <source>As its touchpoint</source>
        <translation>Comme son point de contact</translation>
    </message>
    <message>
        <source>Pain point:</source>
        <translation>Irritant&#xa0;:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>Pillars:</source>
        <translation>Piliers&#xa0;:</translation>
    </message>
    <message>
        <source>Caused behind the scenes by:</source>
        <translation>Causé en coulisses par&#xa0;:</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Opportunity:</source>
        <translation>Opportunité&#xa0;:</translation>
    </message>
    <message>
        <source>KPI value</source>
        <translation>Valeur d’indicateur</translation>
    </message>
    <message>
        <source>e.g. abandonment rate</source>
        <translation>p. ex. taux d’abandon</translation>
    </message>
    <message>
        <source>e.g. %</source>
        <translation>p. ex. %</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicateur&#xa0;:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unité&#xa0;:</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Put a picture file on it</source>
        <translation>Y placer un fichier image</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Put the picture on the clipboard on it</source>
        <translation>Y placer l’image du presse-papiers</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the picture at full size</source>
        <translation>Afficher l’image en taille réelle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Take the picture off</source>
        <translation>Retirer l’image</translation>
    </message>
    <message>
        <source>No picture. Choose a file, paste one, or drop one on the map.</source>
        <translation>Aucune image. Choisissez un fichier, collez une image ou déposez-en une sur la carte.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels; sharp in print up to %3 cm wide.</source>
        <translation>%1 × %2 pixels&#xa0;; nette à l’impression jusqu’à %3&#xa0;cm de large.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy a picture or a picture file first.</source>
        <translation>Le presse-papiers ne contient aucune image. Copiez d’abord une image ou un fichier image.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>Blueprint de service</translation>
    </message>
    <message>
        <source>A team or a system</source>
        <translation>Une équipe ou un système</translation>
    </message>
    <message>
        <source>Row:</source>
        <translation>Couche&#xa0;:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Étape&#xa0;:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Sert</translation>
    </message>
    <message>
        <source>The touchpoints this item makes possible, and the items it hands its work to: the arrows that cross the lines on the map.</source>
        <translation>Les points de contact que cet élément rend possibles, et les éléments auxquels il passe le relais&#xa0;: les flèches qui traversent les lignes sur la carte.</translation>
    </message>
    <message>
        <source>Failure point</source>
        <translation>Point de défaillance</translation>
    </message>
    <message>
        <source>The pain points of the journey this item causes: it is then marked as a failure point on the map.</source>
        <translation>Les irritants du parcours que cet élément provoque&#xa0;: il est alors signalé comme point de défaillance sur la carte.</translation>
    </message>
    <message>
        <source>The journey has no pain point yet: add them on its touchpoints.</source>
        <translation>Le parcours n’a pas encore d’irritant&#xa0;: ajoutez-les sur ses points de contact.</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Improves:</source>
        <translation>Améliore&#xa0;:</translation>
    </message>
    <message>
        <source>Personas of this journey</source>
        <translation>Personae de ce parcours</translation>
    </message>
    <message>
        <source>The personas this journey is mapped for; none ticked means all.</source>
        <translation>Les personae pour lesquels ce parcours est cartographié&#x202f;; aucun coché signifie tous.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Interlocutor:</source>
        <translation>Interlocuteur&#xa0;:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Does:</source>
        <translation>Fait&#xa0;:</translation>
    </message>
    <message>
        <source>Thinks:</source>
        <translation>Pense&#xa0;:</translation>
    </message>
    <message>
        <source>Feels:</source>
        <translation>Ressent&#xa0;:</translation>
    </message>
    <message>
        <source>Emotion:</source>
        <translation>Émotion&#xa0;:</translation>
    </message>
    <message>
        <source>Moment of truth and criticality</source>
        <translation>Moment de vérité et criticité</translation>
    </message>
    <message>
        <source>Moment of truth:</source>
        <translation>Moment de vérité&#xa0;:</translation>
    </message>
    <message>
        <source>Criticality:</source>
        <translation>Criticité&#xa0;:</translation>
    </message>
    <message>
        <source>Per persona:</source>
        <translation>Par persona&#xa0;:</translation>
    </message>
    <message>
        <source>How sure are we?</source>
        <translation>Quel niveau de preuve&#xa0;?</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Niveau de preuve&#xa0;:</translation>
    </message>
    <message>
        <source>Voice of the customer: verbatims</source>
        <translation>Voix du client&#xa0;: verbatims</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Irritants</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>KPI values</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Tags and notes</source>
        <translation>Étiquettes et notes</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Séparées par des virgules</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Suggéré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 touchpoints selected.</source>
        <translation>%1 points de contact sélectionnés.</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>«&#xa0;%1&#xa0;» — %2</translation>
    </message>
    <message>
        <source>caused behind the scenes (%1)</source>
        <translation>causé en coulisses (%1)</translation>
    </message>
    <message>
        <source>survey answers: %1</source>
        <translation>réponses d’enquête&#xa0;: %1</translation>
    </message>
    <message>
        <source>contacts logged: %1</source>
        <translation>contacts enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>KPI values: %1</source>
        <translation>valeurs de KPI&#xa0;: %1</translation>
    </message>
    <message>
        <source>customers’ verbatims: %1</source>
        <translation>verbatims de clients&#xa0;: %1</translation>
    </message>
    <message>
        <source>verbatims reported by staff: %1</source>
        <translation>verbatims rapportés par les équipes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing is attached yet: the map hatches it as a hypothesis until verbatims, answers or contacts back it.</source>
        <translation>Rien n’y est encore rattaché&#xa0;: la carte le hachure comme une hypothèse tant que des verbatims, des réponses ou des contacts ne l’étayent pas.</translation>
    </message>
    <message>
        <source>Suggested from what is attached (%1).</source>
        <translation>Suggéré d’après ce qui est rattaché (%1).</translation>
    </message>
    <message>
        <source>Detailed by journey</source>
        <translation>Détaillé par le parcours</translation>
    </message>
    <message>
        <source>The journey of the project that details this step; its figures roll up on the card.</source>
        <translation>Le parcours du projet qui détaille ce point de contact&#xa0;; ses indicateurs remontent sur la carte.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show the map of the detailed journey (D)</source>
        <translation>Afficher la carte du parcours détaillé (D)</translation>
    </message>
    <message>
        <source>Sticky note</source>
        <translation>Post-it</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>→ / Space / Page Down / ↓</source>
        <translation>→ / Espace / Page suiv. / ↓</translation>
    </message>
    <message>
        <source>the next part of the stage, then the next stage</source>
        <translation>la partie suivante de l’étape, puis l’étape suivante</translation>
    </message>
    <message>
        <source>← / Backspace / Page Up / ↑</source>
        <translation>← / Retour arrière / Page préc. / ↑</translation>
    </message>
    <message>
        <source>the previous part, then the previous stage</source>
        <translation>la partie précédente, puis l’étape précédente</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <source>next / previous stage</source>
        <translation>étape suivante / précédente</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Début / Fin</translation>
    </message>
    <message>
        <source>first / last stage</source>
        <translation>première / dernière étape</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>the whole map, or back to the stage</source>
        <translation>la carte entière, ou retour à l’étape</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>type a sticky note in the stage shown</source>
        <translation>saisir un post-it dans l’étape affichée</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>park a question (the parking lot)</source>
        <translation>mettre une question au parking</translation>
    </message>
    <message>
        <source>T / Enter</source>
        <translation>T / Entrée</translation>
    </message>
    <message>
        <source>type a touchpoint at the end of the stage shown</source>
        <translation>saisir un point de contact à la fin de l’étape affichée</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>light or dark</source>
        <translation>clair ou sombre</translation>
    </message>
    <message>
        <source>F1 / H</source>
        <translation>F1 / H</translation>
    </message>
    <message>
        <source>recall the keys</source>
        <translation>rappeler les touches</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Maj+Z</translation>
    </message>
    <message>
        <source>undo / redo</source>
        <translation>annuler / rétablir</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>back to the editor</source>
        <translation>retour à l’éditeur</translation>
    </message>
    <message>
        <source>Enter (in the capture line)</source>
        <translation>Entrée (dans la ligne de saisie)</translation>
    </message>
    <message>
        <source>put what is typed on the projected map, in the stage shown</source>
        <translation>placer ce qui est saisi sur la carte projetée, dans l’étape affichée</translation>
    </message>
    <message>
        <source>Page Down / Page Up</source>
        <translation>Page suiv. / Page préc.</translation>
    </message>
    <message>
        <source>move the projector on or back (a presenter&apos;s remote too)</source>
        <translation>faire avancer ou reculer le projecteur (une télécommande de présentation aussi)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>start or pause the timer</source>
        <translation>démarrer ou mettre en pause le minuteur</translation>
    </message>
    <message>
        <source>+ / - (in the dot votes)</source>
        <translation>+ / - (dans les votes par gommettes)</translation>
    </message>
    <message>
        <source>count a dot on the selected item, or take one back</source>
        <translation>compter une gommette sur l’élément sélectionné, ou en retirer une</translation>
    </message>
    <message>
        <source>Ctrl+F5</source>
        <translation>Ctrl+F5</translation>
    </message>
    <message>
        <source>open the console on one screen</source>
        <translation>ouvrir la console sur un seul écran</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Sur la carte</translation>
    </message>
    <message>
        <source>In the presentation</source>
        <translation>Dans la présentation</translation>
    </message>
    <message>
        <source>In the facilitator&apos;s console</source>
        <translation>Dans la console de l’animateur</translation>
    </message>
    <message>
        <source>CX Designer — keyboard shortcuts</source>
        <translation>CX Designer — raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key of the map, the presentation and the facilitator&apos;s console</source>
        <translation>Toutes les touches de la carte, de la présentation et de la console de l’animateur</translation>
    </message>
    <message>
        <source>Save as PDF (A4)…</source>
        <translation>Enregistrer en PDF (A4)…</translation>
    </message>
    <message>
        <source>Write this list on one A4 page, to print for the facilitator&apos;s table</source>
        <translation>Écrire cette liste sur une page A4, à imprimer pour la table de l’animateur</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print this list on one page</source>
        <translation>Imprimer cette liste sur une page</translation>
    </message>
    <message>
        <source>Save the keyboard shortcuts</source>
        <translation>Enregistrer les raccourcis clavier</translation>
    </message>
    <message>
        <source>keyboard-shortcuts.pdf</source>
        <translation>raccourcis-clavier.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>add the next touchpoint and type its title</source>
        <translation>ajouter le point de contact suivant et saisir son titre</translation>
    </message>
    <message>
        <source>Ctrl+Enter / Ctrl+Shift+Enter</source>
        <translation>Ctrl+Entrée / Ctrl+Maj+Entrée</translation>
    </message>
    <message>
        <source>add a stage after / before the current one and type its name</source>
        <translation>ajouter une étape après / avant l’étape courante et saisir son nom</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>rename the selected card, stage or note</source>
        <translation>renommer la carte, l’étape ou la note sélectionnée</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Gauche / Droite</translation>
    </message>
    <message>
        <source>previous / next touchpoint</source>
        <translation>point de contact précédent / suivant</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>channel: type its name (Enter takes the suggestion; a new name adds a channel)</source>
        <translation>canal&#xa0;: saisir son nom (Entrée prend la suggestion&#xa0;; un nom nouveau ajoute un canal)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>interlocutor: type a name (a new name adds one, a person or a system as its name suggests)</source>
        <translation>interlocuteur&#xa0;: saisir un nom (un nom nouveau en ajoute un, personne ou système selon ce que dit son nom)</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>link to another card: type part of its title or use the arrows, then Enter (next step), Shift+Enter (loop back), Alt+Enter (transfer) or Ctrl+Enter (alternative)</source>
        <translation>relier à une autre carte&#xa0;: saisir une partie de son titre ou utiliser les flèches, puis Entrée (étape suivante), Maj+Entrée (retour en arrière / boucle), Alt+Entrée (transfert) ou Ctrl+Entrée (alternative)</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>add a verbatim to the card (↑ ↓ choose its source)</source>
        <translation>ajouter un verbatim à la carte (↑ ↓ choisissent sa source)</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>add a pain point to the card (↑ ↓ choose its severity)</source>
        <translation>ajouter un irritant à la carte (↑ ↓ choisissent sa gravité)</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>add an opportunity to the card</source>
        <translation>ajouter une opportunité à la carte</translation>
    </message>
    <message>
        <source>1 / 2 / 3 / 0</source>
        <translation>1 / 2 / 3 / 0</translation>
    </message>
    <message>
        <source>moment of truth: essential / critical / wow / none</source>
        <translation>moment de vérité&#xa0;: essentiel / critique / waouh / aucun</translation>
    </message>
    <message>
        <source>+ / - (Alt+Up / Alt+Down)</source>
        <translation>+ / - (Alt+Haut / Alt+Bas)</translation>
    </message>
    <message>
        <source>emotion up / down</source>
        <translation>émotion plus haute / plus basse</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>cycle the criticality</source>
        <translation>faire défiler la criticité</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>the path ends at the selected card, or leads on to the next one again</source>
        <translation>le parcours s’arrête à la carte sélectionnée, ou mène de nouveau à la suivante</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>open the journey that details the selected card</source>
        <translation>ouvrir le parcours qui détaille la carte sélectionnée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>delete the selection</source>
        <translation>supprimer la sélection</translation>
    </message>
    <message>
        <source>Ctrl+C / Ctrl+X / Ctrl+V</source>
        <translation>Ctrl+C / Ctrl+X / Ctrl+V</translation>
    </message>
    <message>
        <source>copy / cut / paste cards</source>
        <translation>copier / couper / coller des cartes</translation>
    </message>
    <message>
        <source>Ctrl++ / Ctrl+- / Ctrl+0</source>
        <translation>Ctrl++ / Ctrl+- / Ctrl+0</translation>
    </message>
    <message>
        <source>zoom in / out / 100 %</source>
        <translation>zoom avant / arrière / 100&#xa0;%</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Maj+F</translation>
    </message>
    <message>
        <source>fit to the window (the current stage when the whole map would be too small to read)</source>
        <translation>ajuster à la fenêtre (l’étape courante quand la carte entière serait trop petite pour être lue)</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>show or hide the overview of the map</source>
        <translation>afficher ou masquer la vue d’ensemble de la carte</translation>
    </message>
    <message>
        <source>Space+drag, middle button</source>
        <translation>Espace+glisser, bouton du milieu</translation>
    </message>
    <message>
        <source>pan</source>
        <translation>déplacer la vue</translation>
    </message>
    <message>
        <source>cancel what is being typed, or deselect</source>
        <translation>annuler la saisie en cours, ou désélectionner</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>this list of keys</source>
        <translation>cette liste de touches</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>present the map to the room</source>
        <translation>présenter la carte à la salle</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <comment>The code of this translation&apos;s language (fr, de, …): the labels of the method&apos;s words follow it.</comment>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Edit Anyway</source>
        <translation>Modifier quand même</translation>
    </message>
    <message>
        <source>Only if that CX Designer no longer runs (its computer stopped): two windows saving the same file would undo each other&apos;s work.</source>
        <translation>Seulement si ce CX Designer ne tourne plus (son ordinateur s’est arrêté)&#xa0;: deux fenêtres qui enregistrent le même fichier défont le travail l’une de l’autre.</translation>
    </message>
    <message>
        <source>Read-only copy: “%1” is open elsewhere. Save your changes under another name.</source>
        <translation>Copie en lecture seule&#xa0;: «&#xa0;%1&#xa0;» est ouvert ailleurs. Enregistrez vos modifications sous un autre nom.</translation>
    </message>
    <message>
        <source>Still open elsewhere</source>
        <translation>Toujours ouvert ailleurs</translation>
    </message>
    <message>
        <source>The file’s lock could not be taken over. Save your changes under another name.</source>
        <translation>Le verrou du fichier n’a pas pu être repris. Enregistrez vos modifications sous un autre nom.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New journey</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>The journey was not added.</source>
        <translation>Le parcours n’a pas été ajouté.</translation>
    </message>
    <message>
        <source>Rename journey</source>
        <translation>Renommer le parcours</translation>
    </message>
    <message>
        <source>New name of the journey:</source>
        <translation>Nouveau nom du parcours&#xa0;:</translation>
    </message>
    <message>
        <source>The journey was not renamed.</source>
        <translation>Le parcours n’a pas été renommé.</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Supprimer le parcours</translation>
    </message>
    <message>
        <source>Delete the journey “%1” with its %2 touchpoints? Edit ▸ Undo brings it back.</source>
        <translation>Supprimer le parcours «&#xa0;%1&#xa0;» et ses %2 points de contact&#x202f;? Édition ▸ Annuler le fait revenir.</translation>
    </message>
    <message>
        <source>The journey was not deleted: other parts of the project still need it.</source>
        <translation>Le parcours n’a pas été supprimé&#xa0;: d’autres éléments du projet en ont encore besoin.</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Project as opened</source>
        <translation>Projet à l’ouverture</translation>
    </message>
    <message>
        <source>%1 (on disk, read-only)</source>
        <translation>%1 (sur le disque, lecture seule)</translation>
    </message>
    <message>
        <source>%1 (merge conflicts: %2)</source>
        <translation>%1 (conflits de fusion&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1[*] — CX Designer</source>
        <translation>%1[*] — CX Designer</translation>
    </message>
    <message>
        <source>Touchpoints: %1</source>
        <translation>Points de contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Zoom: %1 %</source>
        <translation>Zoom&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>The recovery copy could not be written: %1</source>
        <translation>La copie de récupération n’a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>About CX Designer</source>
        <translation>À propos de CX Designer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CX Designer %1&lt;/h3&gt;&lt;p&gt;Customer-journey maps for workshops and service design, entirely offline: personas, current and target journeys, moments of truth, emotion curve, verbatims, pain points and print-ready wall maps.&lt;/p&gt;&lt;p&gt;Text set in Noto Sans (SIL Open Font License 1.1).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CX Designer %1&lt;/h3&gt;&lt;p&gt;Cartes de parcours client pour les ateliers et le design de services, entièrement hors ligne&#xa0;: personae, parcours actuels et cibles, moments de vérité, courbe émotionnelle, verbatims, irritants et cartes murales prêtes à imprimer.&lt;/p&gt;&lt;p&gt;Texte composé en Noto Sans (SIL Open Font License 1.1).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the emotion and criticality of one persona on the map</source>
        <translation>Afficher sur la carte l’émotion et la criticité d’un persona</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Tous les personae</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language is used the next time CX Designer starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de CX Designer.</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>A template can only fill a journey that has no stages yet.</source>
        <translation>Un modèle ne peut remplir qu’un parcours qui n’a encore aucune étape.</translation>
    </message>
    <message>
        <source>The note was added; show the sticky-notes lane to see it.</source>
        <translation>La note a été ajoutée&#x202f;; affichez le couloir des notes pour la voir.</translation>
    </message>
    <message>
        <source>Select a touchpoint to give it a channel.</source>
        <translation>Sélectionnez un point de contact pour lui attribuer un canal.</translation>
    </message>
    <message>
        <source>Select a touchpoint to give it an interlocutor.</source>
        <translation>Sélectionnez un point de contact pour lui attribuer un interlocuteur.</translation>
    </message>
    <message>
        <source>Several names contain “%1”: pick one with ↓ and Enter, or press Shift+Enter to add “%1” as a new one.</source>
        <translation>Plusieurs noms contiennent « %1&#xa0;»&#xa0;: choisissez-en un avec ↓ et Entrée, ou appuyez sur Maj+Entrée pour ajouter « %1&#xa0;» comme nouveau nom.</translation>
    </message>
    <message>
        <source>Name (a new one is added)</source>
        <translation>Nom (un nom nouveau est ajouté)</translation>
    </message>
    <message>
        <source>Enter: the highlighted or only suggestion · Shift+Enter: exactly what is typed · Esc: cancel</source>
        <translation>Entrée&#xa0;: la suggestion en surbrillance ou la seule · Maj+Entrée&#xa0;: exactement ce qui est saisi · Échap&#xa0;: annuler</translation>
    </message>
    <message>
        <source>Select a touchpoint to add a verbatim.</source>
        <translation>Sélectionnez un point de contact pour y ajouter un verbatim.</translation>
    </message>
    <message>
        <source>Select a touchpoint to add a pain point.</source>
        <translation>Sélectionnez un point de contact pour y ajouter un irritant.</translation>
    </message>
    <message>
        <source>Select a touchpoint to add an opportunity.</source>
        <translation>Sélectionnez un point de contact pour y ajouter une opportunité.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter: add · Esc: cancel</source>
        <translation>Entrée&#xa0;: ajouter · Échap&#xa0;: annuler</translation>
    </message>
    <message>
        <source>%1 (↑ ↓ to change) · Enter: add · Esc: cancel</source>
        <translation>%1 (↑ ↓ pour changer) · Entrée&#xa0;: ajouter · Échap&#xa0;: annuler</translation>
    </message>
    <message>
        <source>New digital channel “%1” added; change it in Personas and channels.</source>
        <translation>Nouveau canal numérique « %1&#xa0;» ajouté&#xa0;; modifiable dans Personae et canaux.</translation>
    </message>
    <message>
        <source>New channel “%1” added (not digital); change it in Personas and channels.</source>
        <translation>Nouveau canal « %1&#xa0;» ajouté (non numérique)&#xa0;; modifiable dans Personae et canaux.</translation>
    </message>
    <message>
        <source>New interlocutor “%1” added, a person; change it in Personas and channels.</source>
        <translation>Nouvel interlocuteur « %1&#xa0;» ajouté, une personne&#xa0;; modifiable dans Personae et canaux.</translation>
    </message>
    <message>
        <source>New interlocutor “%1” added, a system (not a person); change it in Personas and channels.</source>
        <translation>Nouvel interlocuteur « %1&#xa0;» ajouté, un système (pas une personne)&#xa0;; modifiable dans Personae et canaux.</translation>
    </message>
    <message>
        <source>Verbatim added.</source>
        <translation>Verbatim ajouté.</translation>
    </message>
    <message>
        <source>Pain point added.</source>
        <translation>Irritant ajouté.</translation>
    </message>
    <message>
        <source>Opportunity added.</source>
        <translation>Opportunité ajoutée.</translation>
    </message>
    <message>
        <source>Select a touchpoint to end the path there.</source>
        <translation>Sélectionnez un point de contact pour y arrêter le parcours.</translation>
    </message>
    <message>
        <source>%n card(s) copied.</source>
        <translation>%n carte(s) copiée(s).</translation>
    </message>
    <message>
        <source>Add a stage before pasting cards.</source>
        <translation>Ajoutez une étape avant de coller des cartes.</translation>
    </message>
    <message>
        <source>The clipboard holds no cards.</source>
        <translation>Le presse-papiers ne contient aucune carte.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>A touchpoint leads to the next one on the map unless a flow drawn from it says otherwise: a “next step” flow further along the map, or any flow to the next touchpoint. Loops back, transfers and alternatives come on top. Check this when the customer&apos;s path stops here, or goes on only through the flows drawn from this touchpoint.</source>
        <translation>Un point de contact mène au suivant sur la carte, sauf si un flux tracé depuis lui dit autre chose&#xa0;: un flux «&#xa0;étape suivante&#xa0;» plus loin sur la carte, ou tout flux vers le point de contact suivant. Les retours en arrière, transferts et alternatives s’y ajoutent. Cochez ceci quand le parcours du client s’arrête ici, ou ne continue que par les flux tracés depuis ce point de contact.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>Add touchpoint after</source>
        <translation>Ajouter un point de contact après</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <source>Channel…</source>
        <translation>Canal…</translation>
    </message>
    <message>
        <source>Interlocutor…</source>
        <translation>Interlocuteur…</translation>
    </message>
    <message>
        <source>Link to…</source>
        <translation>Relier à…</translation>
    </message>
    <message>
        <source>Add verbatim…</source>
        <translation>Ajouter un verbatim…</translation>
    </message>
    <message>
        <source>Add pain point…</source>
        <translation>Ajouter un irritant…</translation>
    </message>
    <message>
        <source>Add opportunity…</source>
        <translation>Ajouter une opportunité…</translation>
    </message>
    <message>
        <source>Cycle criticality</source>
        <translation>Changer la criticité</translation>
    </message>
    <message>
        <source>Better (+)</source>
        <translation>Mieux (+)</translation>
    </message>
    <message>
        <source>Worse (-)</source>
        <translation>Moins bien (−)</translation>
    </message>
    <message>
        <source>Path ends here</source>
        <translation>Le parcours s’arrête ici</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Choose a picture file…</source>
        <translation>Choisir un fichier image…</translation>
    </message>
    <message>
        <source>Paste picture</source>
        <translation>Coller l’image</translation>
    </message>
    <message>
        <source>Show at full size</source>
        <translation>Afficher en taille réelle</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Retirer l’image</translation>
    </message>
    <message>
        <source>Detailed by journey</source>
        <translation>Détaillé par le parcours</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Open the detailed journey</source>
        <translation>Ouvrir le parcours détaillé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Déplacer à gauche</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Déplacer à droite</translation>
    </message>
    <message>
        <source>Add front-stage action here</source>
        <translation>Ajouter une action front-office ici</translation>
    </message>
    <message>
        <source>Add back-stage action here</source>
        <translation>Ajouter une action back-office ici</translation>
    </message>
    <message>
        <source>Add support process here</source>
        <translation>Ajouter un processus support ici</translation>
    </message>
    <message>
        <source>Add stage before</source>
        <translation>Ajouter une étape avant</translation>
    </message>
    <message>
        <source>Add stage after</source>
        <translation>Ajouter une étape après</translation>
    </message>
    <message>
        <source>Add touchpoint here</source>
        <translation>Ajouter un point de contact ici</translation>
    </message>
    <message>
        <source>Add sticky note here</source>
        <translation>Ajouter une note ici</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Apply a stage template</source>
        <translation>Appliquer un modèle d’étapes</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>This journey has no stages yet. Press Ctrl+Enter to add one, or right-click to apply a stage template (five A&apos;s, before / during / after purchase, customer support).</source>
        <translation>Ce parcours n’a pas encore d’étapes. Appuyez sur Ctrl+Entrée pour en ajouter une, ou faites un clic droit pour appliquer un modèle d’étapes (les 5 A, avant / pendant / après l’achat, support client).</translation>
    </message>
    <message>
        <source>No link added: release on another card.</source>
        <translation>Aucun lien ajouté&#xa0;: relâchez sur une autre carte.</translation>
    </message>
    <message>
        <source>Overview of the map</source>
        <translation>Vue d’ensemble de la carte</translation>
    </message>
    <message>
        <source>The whole journey drawn small, the part on screen framed; click or drag to move there. M shows or hides it.</source>
        <translation>Tout le parcours en petit, la partie affichée encadrée&#xa0;; cliquer ou glisser pour s’y rendre. M l’affiche ou la masque.</translation>
    </message>
    <message>
        <source>Map of the journey</source>
        <translation>Carte du parcours</translation>
    </message>
    <message>
        <source>Arrows and Tab move between cards and stages, Enter adds a touchpoint, K, I, L, V, R and O capture what the room says; F1 lists every key. The outline (Ctrl+Shift+O) reads the journey as text.</source>
        <translation>Les flèches et Tab passent d’une carte et d’une étape à l’autre, Entrée ajoute un point de contact, K, I, L, V, R et O saisissent ce que dit la salle&#xa0;; F1 liste toutes les touches. Le plan (Ctrl+Maj+O) lit le parcours sous forme de texte.</translation>
    </message>
    <message>
        <source>Select the touchpoint to link from.</source>
        <translation>Sélectionnez le point de contact de départ du lien.</translation>
    </message>
    <message>
        <source>Link to… (type a title)</source>
        <translation>Relier à… (saisir un titre)</translation>
    </message>
    <message>
        <source>No card has that in its title · Esc: cancel</source>
        <translation>Aucune carte n’a cela dans son titre · Échap&#xa0;: annuler</translation>
    </message>
    <message>
        <source>To “%1” (%2 of %3, ↑ ↓ for another)</source>
        <translation>Vers « %1&#xa0;» (%2 sur %3, ↑ ↓ pour une autre)</translation>
    </message>
    <message>
        <source>Enter: %1 · Shift+Enter: %2 · Alt+Enter: %3 · Ctrl+Enter: %4</source>
        <translation>Entrée&#xa0;: %1 · Maj+Entrée&#xa0;: %2 · Alt+Entrée&#xa0;: %3 · Ctrl+Entrée&#xa0;: %4</translation>
    </message>
    <message>
        <source>No link added: no card has that in its title.</source>
        <translation>Aucun lien ajouté&#xa0;: aucune carte n’a cela dans son titre.</translation>
    </message>
    <message>
        <source>These two cards are already linked that way.</source>
        <translation>Ces deux cartes sont déjà reliées de cette façon.</translation>
    </message>
    <message>
        <source>Linked: %1.</source>
        <translation>Relié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No journey details this step. Choose one in the card’s menu: Detailed by journey.</source>
        <translation>Aucun parcours ne détaille ce point de contact. Choisissez-en un dans le menu de la carte&#xa0;: Détaillé par le parcours.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>C&amp;ouloirs</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Parcours</translation>
    </message>
    <message>
        <source>Add &amp;Stages from Template</source>
        <translation>Ajouter des é&amp;tapes d’un modèle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>Persona&#xa0;:</translation>
    </message>
    <message>
        <source>Service &amp;Blueprint</source>
        <translation>&amp;Blueprint de service</translation>
    </message>
    <message>
        <source>Show the front stage, back stage and support processes below the customer&apos;s lanes.</source>
        <translation>Afficher le front-office, le back-office et les processus support sous les couloirs du client.</translation>
    </message>
</context>
<context>
    <name>OfficeExport</name>
    <message>
        <source>&amp;Workbook (Excel)…</source>
        <translation>&amp;Classeur (Excel)…</translation>
    </message>
    <message>
        <source>The project as an Excel workbook to edit and import back</source>
        <translation>Le projet en classeur Excel, à modifier puis réimporter</translation>
    </message>
    <message>
        <source>Power&amp;Point Storyboard…</source>
        <translation>Storyboard Power&amp;Point…</translation>
    </message>
    <message>
        <source>An editable storyboard: a slide per stage, personas, pain points, action plan</source>
        <translation>Un storyboard modifiable&#xa0;: une diapositive par étape, les personae, les irritants, le plan d’actions</translation>
    </message>
    <message>
        <source>&amp;Web Page…</source>
        <translation>Page &amp;web…</translation>
    </message>
    <message>
        <source>A read-only map the client opens in any browser, offline</source>
        <translation>Une carte en lecture seule que le client ouvre dans tout navigateur, hors ligne</translation>
    </message>
    <message>
        <source>Export the project as a workbook</source>
        <translation>Exporter le projet en classeur</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export a PowerPoint storyboard</source>
        <translation>Exporter un storyboard PowerPoint</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>Présentations PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>Export the maps as a web page</source>
        <translation>Exporter les cartes en page web</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>“%1” could not be written; a file already there is unchanged.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;; le fichier qui s’y trouvait est inchangé.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>Stage or touchpoint</source>
        <translation>Étape ou point de contact</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Interlocutor</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <source>no touchpoint</source>
        <translation>aucun point de contact</translation>
    </message>
    <message>
        <source>1 touchpoint</source>
        <translation>1 point de contact</translation>
    </message>
    <message>
        <source>%1 touchpoints</source>
        <translation>%1 points de contact</translation>
    </message>
    <message>
        <source>Stage %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Touchpoint %1 of %2: %3</source>
        <translation>Point de contact %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No moment of truth</source>
        <translation>Pas de moment de vérité</translation>
    </message>
    <message>
        <source>Outline of the journey</source>
        <translation>Plan du parcours</translation>
    </message>
    <message>
        <source>The journey as text, stage by stage, in order: each touchpoint with its moment of truth, emotion, channel and interlocutor. F2 edits the selected cell; Enter shows the touchpoint on the map.</source>
        <translation>Le parcours sous forme de texte, étape par étape, dans l’ordre&#xa0;: chaque point de contact avec son moment de vérité, son émotion, son canal et son interlocuteur. F2 modifie la cellule sélectionnée&#xa0;; Entrée montre le point de contact sur la carte.</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan du parcours</translation>
    </message>
    <message>
        <source>The journey as text, for the keyboard and screen readers</source>
        <translation>Le parcours sous forme de texte, pour le clavier et les lecteurs d’écran</translation>
    </message>
</context>
<context>
    <name>PainPoints</name>
    <message>
        <source>Start a dot vote</source>
        <translation>Lancer un vote par gommettes</translation>
    </message>
    <message>
        <source>One group per line</source>
        <translation>Un groupe par ligne</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Each group puts its dots on the pain points and opportunities it finds most important; the votes add to the ranking&apos;s scores.</source>
        <translation>Chaque groupe place ses gommettes sur les irritants et les opportunités qu’il juge les plus importants&#xa0;; les votes s’ajoutent aux scores du classement.</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Groupes&#xa0;:</translation>
    </message>
    <message>
        <source>Votes per group:</source>
        <translation>Votes par groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Most votes of a group on one item:</source>
        <translation>Votes maximum d’un groupe sur un même élément&#xa0;:</translation>
    </message>
    <message>
        <source>Add at least one group of participants.</source>
        <translation>Ajoutez au moins un groupe de participants.</translation>
    </message>
    <message>
        <source>Two groups have the same name: give each group its own.</source>
        <translation>Deux groupes portent le même nom&#xa0;: donnez un nom différent à chacun.</translation>
    </message>
    <message>
        <source>Cannot start the vote</source>
        <translation>Impossible de lancer le vote</translation>
    </message>
    <message>
        <source>Vote not counted</source>
        <translation>Vote non compté</translation>
    </message>
    <message>
        <source>Group “%1” has no vote on this item to take back.</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» n’a pas de vote à retirer sur cet élément.</translation>
    </message>
    <message>
        <source>Group “%1” has used all its %2 votes. Take back one of them before voting again.</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» a utilisé ses %2 votes. Retirez-en un avant de voter à nouveau.</translation>
    </message>
    <message>
        <source>Group “%1” already put %2 votes on this item, the most allowed. Vote for another item.</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» a déjà mis %2 votes sur cet élément, le maximum permis. Votez pour un autre élément.</translation>
    </message>
    <message>
        <source>Pain Points and Votes</source>
        <translation>Irritants et votes</translation>
    </message>
    <message>
        <source>Weigh each step with this persona&apos;s criticality and emotion</source>
        <translation>Pondérer chaque étape avec la criticité et l’émotion de ce persona</translation>
    </message>
    <message>
        <source>Start a Dot Vote…</source>
        <translation>Lancer un vote par gommettes…</translation>
    </message>
    <message>
        <source>The group whose dots are being placed (keys 1 to 9)</source>
        <translation>Le groupe dont on place les gommettes (touches 1 à 9)</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>Take Back</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>End Vote</source>
        <translation>Clore le vote</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>Persona&#xa0;:</translation>
    </message>
    <message>
        <source>Dot vote: click an item (or press +) to give it one dot of the active group; press - to take one back.</source>
        <translation>Vote par gommettes&#xa0;: cliquez sur un élément (ou appuyez sur +) pour lui donner une gommette du groupe actif&#xa0;; appuyez sur - pour en retirer une.</translation>
    </message>
    <message>
        <source>Journey: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Parcours&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No journey</source>
        <translation>Aucun parcours</translation>
    </message>
    <message>
        <source>Pain points (%1)</source>
        <translation>Irritants (%1)</translation>
    </message>
    <message>
        <source>How pain points are ranked</source>
        <translation>Comment les irritants sont classés</translation>
    </message>
    <message>
        <source>Opportunities (%1)</source>
        <translation>Opportunités (%1)</translation>
    </message>
    <message>
        <source>All personas (defaults)</source>
        <translation>Tous les personae (valeurs par défaut)</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1&#xa0;: %2 restants</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Irritant</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Piliers</translation>
    </message>
    <message>
        <source>Pillars: %1</source>
        <translation>Piliers&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>%1 (digital)</source>
        <translation>%1 (numérique)</translation>
    </message>
    <message>
        <source>Nothing was deleted: other parts of the project still need it.</source>
        <translation>Rien n’a été supprimé&#xa0;: d’autres éléments du projet en ont encore besoin.</translation>
    </message>
    <message>
        <source>Personas and channels</source>
        <translation>Personae et canaux</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Citation&#xa0;:</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nouveau persona</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Ajouter un persona</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Supprimer le persona</translation>
    </message>
    <message>
        <source>Selected persona</source>
        <translation>Persona sélectionné</translation>
    </message>
    <message>
        <source>Delete the persona “%1”? Its emotions, criticality and verbatim links are removed everywhere.</source>
        <translation>Supprimer le persona «&#xa0;%1&#xa0;»&#x202f;? Ses émotions, criticités et liens de verbatims sont retirés partout.</translation>
    </message>
    <message>
        <source>Digital channel</source>
        <translation>Canal numérique</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Nouveau canal</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Ajouter un canal</translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation>Supprimer le canal</translation>
    </message>
    <message>
        <source>Selected channel</source>
        <translation>Canal sélectionné</translation>
    </message>
    <message>
        <source>Delete the channel “%1”? The touchpoints on this channel are left without a channel.</source>
        <translation>Supprimer le canal «&#xa0;%1&#xa0;»&#x202f;? Les points de contact sur ce canal n’auront plus de canal.</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>A person (not a machine)</source>
        <translation>Une personne (pas une machine)</translation>
    </message>
    <message>
        <source>New interlocutor</source>
        <translation>Nouvel interlocuteur</translation>
    </message>
    <message>
        <source>Add interlocutor</source>
        <translation>Ajouter un interlocuteur</translation>
    </message>
    <message>
        <source>Delete interlocutor</source>
        <translation>Supprimer l’interlocuteur</translation>
    </message>
    <message>
        <source>Selected interlocutor</source>
        <translation>Interlocuteur sélectionné</translation>
    </message>
    <message>
        <source>Delete the interlocutor “%1”? The touchpoints with this interlocutor are left without one.</source>
        <translation>Supprimer l’interlocuteur «&#xa0;%1&#xa0;»&#x202f;? Les points de contact avec cet interlocuteur n’en auront plus.</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personae</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Interlocutors</source>
        <translation>Interlocuteurs</translation>
    </message>
    <message>
        <source>Open Persona Editor…</source>
        <translation>Ouvrir l’éditeur de personae…</translation>
    </message>
    <message>
        <source>Needs, usages, behaviours, interactions, photo, segment, and the card as printed</source>
        <translation>Besoins, usages, comportements, interactions, photo, segment, et la fiche telle qu’imprimée</translation>
    </message>
</context>
<context>
    <name>Personas</name>
    <message>
        <source>Choose the persona’s photo</source>
        <translation>Choisir la photo du persona</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Colour of the persona</source>
        <translation>Couleur du persona</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG photo, or open this one in an image editor and save a smaller copy (a portrait of 1,000 pixels is plenty).</source>
        <translation>Choisissez une photo PNG ou JPEG, ou ouvrez celle-ci dans un logiciel d’image et enregistrez-en une copie plus petite (un portrait de 1&#x202f;000 pixels suffit largement).</translation>
    </message>
    <message>
        <source>The file “%1” was not found. It may have been moved or renamed: choose it again.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est introuvable. Il a peut-être été déplacé ou renommé&#xa0;: choisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an image.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas une image.</translation>
    </message>
    <message>
        <source>“%1” is not a file (a device or a pipe?). Choose a photo file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier (un périphérique ou un tube&#x202f;?). Choisissez un fichier de photo.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file “%1” is %2 MB; a photo may be at most %3 MB.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» fait %2&#xa0;Mo&#x202f;; une photo peut faire au plus %3&#xa0;Mo.</translation>
    </message>
    <message>
        <source>“%1” is %2 × %3 pixels: more than the %4 megapixels a %5 image may have (a JPEG photo may have %6).</source>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;×&#xa0;%3 pixels&#xa0;: plus que les %4 mégapixels qu’une image %5 peut avoir (une photo JPEG peut en avoir %6).</translation>
    </message>
    <message>
        <source>“%1” is %2 × %3 pixels: more than the %4 megapixels a photo may have.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;×&#xa0;%3 pixels&#xa0;: plus que les %4 mégapixels qu’une photo peut avoir.</translation>
    </message>
    <message>
        <source>“%1” is not an image CX Designer can read.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une image que CX Designer sait lire.</translation>
    </message>
    <message>
        <source>“%1” could not be read: the file may be damaged.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Usages</source>
        <translation>Usages</translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation>Comportements</translation>
    </message>
    <message>
        <source>How they interact with the company</source>
        <translation>Interactions avec l’entreprise</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <source>e.g. Camille, busy mum</source>
        <translation>p. ex. Camille, maman active</translation>
    </message>
    <message>
        <source>What they would say, in their own words</source>
        <translation>Ce qu’il ou elle dirait, avec ses propres mots</translation>
    </message>
    <message>
        <source>Who they are: age, family, situation, what matters to them</source>
        <translation>Qui est-ce&#xa0;: âge, famille, situation, ce qui compte pour lui ou elle</translation>
    </message>
    <message>
        <source>An imaginary customer inspired by real cases: a first name and a trait. Not a job function, not a segment.</source>
        <translation>Un client imaginaire inspiré de cas réels&#xa0;: un prénom et un trait. Ni une fonction, ni un segment.</translation>
    </message>
    <message>
        <source>Choose Photo…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>New Segment…</source>
        <translation>Nouveau segment…</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Photo&#xa0;:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>The group of customers this persona belongs to. Several personas can share a segment.</source>
        <translation>Le groupe de clients auquel appartient ce persona. Plusieurs personae peuvent partager un segment.</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment&#xa0;:</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Citation&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Needs, usages, behaviours, interactions</source>
        <translation>Besoins, usages, comportements, interactions</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Aucun segment</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <source>Name of the segment (a group of customers, e.g. “Urban families”):</source>
        <translation>Nom du segment (un groupe de clients, p. ex. «&#xa0;Familles urbaines&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>Photo not changed</source>
        <translation>Photo inchangée</translation>
    </message>
    <message>
        <source>“%1” is the name of a segment. A segment groups many customers; a persona is one imaginary customer in it: give them a first name and what drives them, and pick the segment below.</source>
        <translation>«&#xa0;%1&#xa0;» est le nom d’un segment. Un segment regroupe de nombreux clients&#x202f;; un persona est un client imaginaire de ce segment&#xa0;: donnez-lui un prénom et ce qui le motive, et choisissez le segment plus bas.</translation>
    </message>
    <message>
        <source>“%1” sounds like a job title. A persona is an imaginary customer, not a function in the company: describe who they are (e.g. “Camille, busy mum”) and put the people the customer deals with under Interlocutors.</source>
        <translation>«&#xa0;%1&#xa0;» ressemble à un intitulé de poste. Un persona est un client imaginaire, pas une fonction dans l’entreprise&#xa0;: décrivez qui c’est (p. ex. «&#xa0;Camille, maman active&#xa0;») et placez les personnes à qui le client a affaire dans les interlocuteurs.</translation>
    </message>
    <message>
        <source>&amp;Personas…</source>
        <translation>&amp;Personae…</translation>
    </message>
    <message>
        <source>Describe the personas: needs, usages, behaviours, photo and card</source>
        <translation>Décrire les personae&#xa0;: besoins, usages, comportements, photo et fiche</translation>
    </message>
    <message>
        <source>&amp;Overlay Persona Curves</source>
        <translation>&amp;Superposer les courbes des personae</translation>
    </message>
    <message>
        <source>Draw the emotion curve of every persona of the journey, one colour and line style each</source>
        <translation>Tracer la courbe émotionnelle de chaque persona du parcours, chacune avec sa couleur et son trait</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personae</translation>
    </message>
    <message>
        <source>Add Persona</source>
        <translation>Ajouter un persona</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Personas of the project</source>
        <translation>Personae du projet</translation>
    </message>
    <message>
        <source>Card as printed</source>
        <translation>Fiche telle qu’imprimée</translation>
    </message>
    <message>
        <source>The persona pages of the PDF show this card, two to a page.</source>
        <translation>Les pages personae du PDF montrent cette fiche, deux par page.</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nouveau persona</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Supprimer le persona</translation>
    </message>
    <message>
        <source>Delete the persona “%1”? Its emotions, criticality and verbatim links are removed everywhere; Edit ▸ Undo brings them back.</source>
        <translation>Supprimer le persona «&#xa0;%1&#xa0;»&#x202f;? Ses émotions, sa criticité et ses liens aux verbatims sont retirés partout&#x202f;; Édition ▸ Annuler les fait revenir.</translation>
    </message>
    <message>
        <source>Nothing was deleted: other parts of the project still need it.</source>
        <translation>Rien n’a été supprimé&#xa0;: d’autres éléments du projet en ont encore besoin.</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>This picture cannot be shown: it is damaged or too large. Choose it again.</source>
        <translation>Cette image ne peut pas être affichée&#xa0;: elle est endommagée ou trop grande. Choisissez-la de nouveau.</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>pasted picture</source>
        <translation>image collée</translation>
    </message>
    <message>
        <source>Select one card, stage or sticky note first.</source>
        <translation>Sélectionnez d’abord une carte, une étape ou un post-it.</translation>
    </message>
    <message>
        <source>dropped picture</source>
        <translation>image déposée</translation>
    </message>
    <message>
        <source>Picture added (%1 × %2 pixels).</source>
        <translation>Image ajoutée (%1&#xa0;×&#xa0;%2 pixels).</translation>
    </message>
    <message>
        <source>There is no picture here.</source>
        <translation>Il n’y a pas d’image ici.</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG picture, or open this one in an image editor and save a smaller copy (2,000 pixels a side is plenty).</source>
        <translation>Choisissez une image PNG ou JPEG, ou ouvrez celle-ci dans un éditeur d’images et enregistrez-en une copie plus petite (2&#xa0;000 pixels de côté suffisent largement).</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>image</translation>
    </message>
    <message>
        <source>The file “%1” was not found. It may have been moved or renamed: choose it again.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est introuvable. Il a peut-être été déplacé ou renommé&#xa0;: choisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a picture.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas une image.</translation>
    </message>
    <message>
        <source>“%1” is not a file (a device or a pipe?). Choose a picture file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier (un périphérique ou un tube&#xa0;?). Choisissez un fichier image.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file “%1” is %2 MB; a picture may be at most %3 MB.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» fait %2&#xa0;Mo&#xa0;; une image peut faire au plus %3&#xa0;Mo.</translation>
    </message>
    <message>
        <source>“%1” has more than the %2 megapixels a picture may have.</source>
        <translation>«&#xa0;%1&#xa0;» a plus des %2&#xa0;mégapixels qu’une image peut avoir.</translation>
    </message>
    <message>
        <source>“%1” is %2 × %3 pixels: more than the %4 megapixels a %5 picture may have (a JPEG photo may have %6).</source>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;×&#xa0;%3 pixels&#xa0;: plus que les %4 mégapixels qu’une image %5 peut avoir (une photo JPEG peut en avoir %6).</translation>
    </message>
    <message>
        <source>“%1” is %2 × %3 pixels: more than the %4 megapixels a picture may have.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;×&#xa0;%3 pixels&#xa0;: plus que les %4 mégapixels qu’une image peut avoir.</translation>
    </message>
    <message>
        <source>“%1” is not a picture CX Designer can read.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une image que CX Designer sait lire.</translation>
    </message>
    <message>
        <source>“%1” could not be read: the file may be damaged.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: le fichier est peut-être endommagé.</translation>
    </message>
</context>
<context>
    <name>PointValues</name>
    <message>
        <source>Add Value of a Point</source>
        <translation>Ajouter la valeur d’un point</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>NPS, CES, churn…</source>
        <translation>NPS, CES, attrition…</translation>
    </message>
    <message>
        <source>€ / year</source>
        <translation>€ / an</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus haut = mieux</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus bas = mieux</translation>
    </message>
    <message>
        <source>0.4 % more re-purchase</source>
        <translation>0,4 % de réachat en plus</translation>
    </message>
    <message>
        <source>The study the figure comes from</source>
        <translation>L’étude d’où vient ce chiffre</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicateur&#xa0;:</translation>
    </message>
    <message>
        <source>One point is worth:</source>
        <translation>Un point vaut&#xa0;:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unité&#xa0;:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Sens&#xa0;:</translation>
    </message>
    <message>
        <source>Effect:</source>
        <translation>Effet&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>State what one point of an indicator is worth (one NPS point = 120,000 € a year, for example), with its source: the actions whose KPI is that indicator are then valued and ranked.</source>
        <translation>Indiquez ce que vaut un point d’un indicateur (un point de NPS = 120 000 € par an, par exemple), avec sa source&#xa0;: les actions dont c’est le KPI sont alors valorisées et classées.</translation>
    </message>
    <message>
        <source>Value of a point</source>
        <translation>Valeur d’un point</translation>
    </message>
    <message>
        <source>“%1” is not an amount: type what one point is worth, a number above 0 (120000 or 120 000 or 1,5).</source>
        <translation>« %1 » n’est pas un montant&#xa0;: tapez ce que vaut un point, un nombre supérieur à 0 (120000, 120 000 ou 1,5).</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Indicateur %1</translation>
    </message>
    <message>
        <source>Value of Actions</source>
        <translation>Valeur des actions</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>A new language is used the next time CX Designer starts.</source>
        <translation>Une nouvelle langue est utilisée au prochain démarrage de CX Designer.</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>While there are unsaved changes, a recovery copy is also written a few seconds after each edit.</source>
        <translation>Tant que des modifications ne sont pas enregistrées, une copie de récupération est aussi écrite quelques secondes après chaque modification.</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <source>Window theme:</source>
        <translation>Thème de la fenêtre&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery copy every:</source>
        <translation>Copie de récupération toutes les&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Pre&amp;sentation</source>
        <translation>&amp;Mode présentation</translation>
    </message>
    <message>
        <source>Show the map full screen for the room, stage by stage; on the projector when there are two screens, with the facilitator&apos;s console on this one</source>
        <translation>Afficher la carte en plein écran pour la salle, étape par étape&#xa0;; sur le projecteur quand il y a deux écrans, avec la console de l’animateur sur celui-ci</translation>
    </message>
    <message>
        <source>Facilitator&apos;s &amp;Console</source>
        <translation>&amp;Console de l’animateur</translation>
    </message>
    <message>
        <source>The timer, the dot-vote tally, the parking lot and a line to type into the map, while it is presented</source>
        <translation>Le minuteur, le décompte des gommettes, le parking et une ligne de saisie vers la carte, pendant la présentation</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>→ ← stages and their parts · Tab next stage · W whole map · N sticky note · T touchpoint · Q park a question · B light or dark · F1 keys · Esc back to the editor</source>
        <translation>→ ← étapes et leurs parties · Tab étape suivante · W carte entière · N post-it · T point de contact · Q question au parking · B clair ou sombre · F1 touches · Échap retour à l’éditeur</translation>
    </message>
    <message>
        <source>Presentation — CX Designer</source>
        <translation>Présentation — CX Designer</translation>
    </message>
    <message>
        <source>This project is open read-only.</source>
        <translation>Ce projet est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Add a stage in the editor first.</source>
        <translation>Ajoutez d’abord une étape dans l’éditeur.</translation>
    </message>
    <message>
        <source>New sticky note in “%1”:</source>
        <translation>Nouveau post-it dans «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>A question for the parking lot:</source>
        <translation>Une question pour le parking&#xa0;:</translation>
    </message>
    <message>
        <source>New touchpoint in “%1”:</source>
        <translation>Nouveau point de contact dans «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Note added; the sticky-notes lane is hidden on this map.</source>
        <translation>Post-it ajouté&#xa0;; le couloir des post-it est masqué sur cette carte.</translation>
    </message>
    <message>
        <source>Question parked.</source>
        <translation>Question mise au parking.</translation>
    </message>
    <message>
        <source>The map, for the room</source>
        <translation>La carte, pour la salle</translation>
    </message>
    <message>
        <source>One stage at a time, or the whole map (W); the arrows move on, Esc goes back to the editor, F1 recalls the keys.</source>
        <translation>Une étape à la fois, ou la carte entière (W)&#xa0;; les flèches font avancer, Échap revient à l’éditeur, F1 rappelle les touches.</translation>
    </message>
    <message>
        <source>No stage yet</source>
        <translation>Aucune étape pour l’instant</translation>
    </message>
    <message>
        <source>Stage %1/%2 — %3</source>
        <translation>Étape %1/%2 — %3</translation>
    </message>
    <message>
        <source>%1 · part %2/%3</source>
        <translation>%1 · partie %2/%3</translation>
    </message>
    <message>
        <source>Whole map · %1</source>
        <translation>Carte entière · %1</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>CX Designer projects (*%1)</source>
        <translation>Projets CX Designer (*%1)</translation>
    </message>
    <message>
        <source>CX Designer templates (*%1)</source>
        <translation>Modèles CX Designer (*%1)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>Modifié sur le disque</translation>
    </message>
    <message>
        <source>“%1” was changed on disk since you opened it, by another program or another person.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié sur le disque depuis que vous l’avez ouvert, par un autre programme ou une autre personne.</translation>
    </message>
    <message>
        <source>The file on disk can no longer be read as a project.</source>
        <translation>Le fichier sur le disque ne peut plus être lu comme un projet.</translation>
    </message>
    <message>
        <source>What differs from your version:
%1

Reload it (your changes here are lost), save your version as another file, or overwrite it (its version is kept as “%2”).</source>
        <translation>Ce qui diffère de votre version&#xa0;:
%1

Rechargez-le (vos modifications ici sont perdues), enregistrez votre version dans un autre fichier, ou écrasez-le (sa version est conservée sous «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Import a template file</source>
        <translation>Importer un fichier modèle</translation>
    </message>
    <message>
        <source>Export the journey as a template</source>
        <translation>Exporter le parcours comme modèle</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>never saved</source>
        <translation>jamais enregistré</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1 — %2
Unsaved work from %3</source>
        <translation>%1 — %2
Travail non enregistré du %3</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>CX Designer found work that was not saved, probably because the program or the computer stopped unexpectedly. Nothing is deleted until you choose.</source>
        <translation>CX Designer a trouvé du travail qui n’a pas été enregistré, sans doute parce que le programme ou l’ordinateur s’est arrêté brutalement. Rien n’est supprimé avant votre choix.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restore&lt;/b&gt; opens the unsaved work; saving it replaces the file it came from. &lt;b&gt;Open both&lt;/b&gt; also shows the file as it is on disk, read-only, to compare. &lt;b&gt;Discard&lt;/b&gt; deletes the unsaved work.</source>
        <translation>&lt;b&gt;Restaurer&lt;/b&gt; ouvre le travail non enregistré&#x202f;; l’enregistrer remplace le fichier d’origine. &lt;b&gt;Ouvrir les deux&lt;/b&gt; affiche aussi le fichier tel qu’il est sur le disque, en lecture seule, pour comparer. &lt;b&gt;Abandonner&lt;/b&gt; supprime le travail non enregistré.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Open Both</source>
        <translation>Ouvrir les deux</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>There is no unsaved work to recover.</source>
        <translation>Il n’y a aucun travail non enregistré à récupérer.</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>The unsaved work cannot be read; it was left where it is.</source>
        <translation>Le travail non enregistré est illisible&#x202f;; il a été laissé en place.</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>The file on disk cannot be read.</source>
        <translation>Le fichier sur le disque est illisible.</translation>
    </message>
    <message>
        <source>Discard unsaved work</source>
        <translation>Abandonner le travail non enregistré</translation>
    </message>
    <message>
        <source>Delete the unsaved work of “%1” for good?</source>
        <translation>Supprimer définitivement le travail non enregistré de «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>no segment has CES answers yet</source>
        <translation>aucun segment n’a encore de réponses CES</translation>
    </message>
    <message>
        <source>only one segment has CES answers</source>
        <translation>un seul segment a des réponses CES</translation>
    </message>
    <message>
        <source>the segments&apos; CES answers are on different scales</source>
        <translation>les réponses CES des segments sont sur des échelles différentes</translation>
    </message>
    <message>
        <source>CES on %1–%2 (%3 = best effort): the score to act on. NPS from -100 to +100: the yardstick.</source>
        <translation>CES sur %1–%2 (%3&#xa0;= le meilleur)&#xa0;: l’indicateur sur lequel agir. NPS de -100 à +100&#xa0;: l’étalon.</translation>
    </message>
    <message>
        <source>A score from fewer than %1 answers is marked “few answers”: a hint, not a measure.</source>
        <translation>Un score sur moins de %1 réponses est marqué «&#xa0;peu de réponses&#xa0;»&#xa0;: un indice, pas une mesure.</translation>
    </message>
    <message>
        <source>Struggling most: %1 (CES %2, n = %3).</source>
        <translation>Le segment qui peine le plus&#xa0;: %1 (CES %2, n&#xa0;= %3).</translation>
    </message>
    <message>
        <source>Segments not ranked: %1.</source>
        <translation>Segments non classés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>struggles most</source>
        <translation>peine le plus</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>few answers</source>
        <translation>peu de réponses</translation>
    </message>
    <message>
        <source>Fewer than %1 answers</source>
        <translation>Moins de %1 réponses</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>CES per segment (effort, %1–%2)</source>
        <translation>CES par segment (effort, %1–%2)</translation>
    </message>
    <message>
        <source>Pale bar, n in red: few answers</source>
        <translation>Barre pâle, n en rouge&#xa0;: peu de réponses</translation>
    </message>
    <message>
        <source>NPS per segment (yardstick)</source>
        <translation>NPS par segment (étalon)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Contact profile</source>
        <translation>Profil de contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(sans profil)</translation>
    </message>
    <message>
        <source>Found from the contact&apos;s reason</source>
        <translation>Déduit du motif du contact</translation>
    </message>
    <message>
        <source>Add Contact Count…</source>
        <translation>Saisir un nombre de contacts…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import Contact Log (Excel or CSV)…</source>
        <translation>Importer un journal des contacts (Excel ou CSV)…</translation>
    </message>
    <message>
        <source>%1 contacts in %2 rows</source>
        <translation>%1 contacts en %2 lignes</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n&#xa0;= %2)</translation>
    </message>
    <message>
        <source>W%1 %2</source>
        <translation>S%1 %2</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>(no segment)</source>
        <translation>(sans segment)</translation>
    </message>
    <message>
        <source>Remove (no value)</source>
        <translation>À supprimer (sans valeur)</translation>
    </message>
    <message>
        <source>Act (worth improving)</source>
        <translation>À améliorer (actions)</translation>
    </message>
    <message>
        <source>Value it first</source>
        <translation>Valeur à donner</translation>
    </message>
    <message>
        <source>Worth at most 1 to the customer and to the business: a candidate for removal. Fix its cause so that the contact disappears.</source>
        <translation>Vaut au plus 1 pour le client et pour l’entreprise&#xa0;: un contact à supprimer. Traitez sa cause pour qu’il disparaisse.</translation>
    </message>
    <message>
        <source>Worth 2 or more to the customer or to the business: carry corrective actions that make it better.</source>
        <translation>Vaut 2 ou plus pour le client ou pour l’entreprise&#xa0;: menez des actions correctives pour l’améliorer.</translation>
    </message>
    <message>
        <source>Give its value for the customer and for the business (1 to 3) to know what to do about it.</source>
        <translation>Donnez sa valeur pour le client et pour l’entreprise (de 1 à 3) pour savoir qu’en faire.</translation>
    </message>
    <message>
        <source>— not valued</source>
        <translation>— non évalué</translation>
    </message>
    <message>
        <source>1 · low</source>
        <translation>1 · faible</translation>
    </message>
    <message>
        <source>2 · medium</source>
        <translation>2 · moyenne</translation>
    </message>
    <message>
        <source>3 · high</source>
        <translation>3 · forte</translation>
    </message>
    <message>
        <source>no date: nothing to measure</source>
        <translation>pas de date&#xa0;: rien à mesurer</translation>
    </message>
    <message>
        <source>%1 (completed)</source>
        <translation>%1 (réalisée)</translation>
    </message>
    <message>
        <source>%1 (due date: not completed)</source>
        <translation>%1 (échéance&#xa0;: pas encore réalisée)</translation>
    </message>
    <message>
        <source>the profile is linked to no touchpoint</source>
        <translation>le profil n’est lié à aucun point de contact</translation>
    </message>
    <message>
        <source>answers on different scales</source>
        <translation>réponses sur des échelles différentes</translation>
    </message>
    <message>
        <source>nothing measured before or after</source>
        <translation>rien de mesuré avant ni après</translation>
    </message>
    <message>
        <source>nothing measured before</source>
        <translation>rien de mesuré avant</translation>
    </message>
    <message>
        <source>nothing measured after</source>
        <translation>rien de mesuré après</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>better</source>
        <translation>amélioration</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>dégradation</translation>
    </message>
    <message>
        <source>%1 · better</source>
        <translation>%1 · amélioration</translation>
    </message>
    <message>
        <source>%1 · worse</source>
        <translation>%1 · dégradation</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>How many whole months before and after the action are compared</source>
        <translation>Nombre de mois entiers comparés avant et après l’action</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Comparer&#xa0;:</translation>
    </message>
    <message>
        <source>Link an action to a contact profile to measure its impact</source>
        <translation>Rattachez une action à un profil de contact pour mesurer son impact</translation>
    </message>
    <message>
        <source>the %1 whole months before the action&apos;s date against the %1 whole months after; the month of the change, part old and part new, is left out.</source>
        <translation>les %1 mois entiers avant la date de l’action face aux %1 mois entiers après&#xa0;; le mois du changement, mi-ancien mi-nouveau, est écarté.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Date used</source>
        <translation>Date retenue</translation>
    </message>
    <message>
        <source>Contacts / month</source>
        <translation>Contacts / mois</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; › %2&lt;br&gt;Date used: %3. Before: %4 (%5 in the log). After: %6 (%7 in the log).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; › %2&lt;br&gt;Date retenue&#xa0;: %3. Avant&#xa0;: %4 (%5 dans le journal). Après&#xa0;: %6 (%7 dans le journal).</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Contacts par mois</translation>
    </message>
    <message>
        <source>Mean duration (min)</source>
        <translation>Durée moyenne (min)</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>Taux de résolution</translation>
    </message>
    <message>
        <source>CES of its touchpoints</source>
        <translation>CES de ses points de contact</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>mean %1 / month</source>
        <translation>moyenne %1 / mois</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>Contact count</source>
        <translation>Nombre de contacts</translation>
    </message>
    <message>
        <source>Edit contact count</source>
        <translation>Modifier un nombre de contacts</translation>
    </message>
    <message>
        <source>Why they got in touch: “Where is my parcel?”</source>
        <translation>Pourquoi ils ont pris contact&#xa0;: «&#xa0;Où est mon colis&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>(found from the reason)</source>
        <translation>(déduit du motif)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment&#xa0;:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Étape&#xa0;:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Contact profile:</source>
        <translation>Profil de contact&#xa0;:</translation>
    </message>
    <message>
        <source>Number of contacts:</source>
        <translation>Nombre de contacts&#xa0;:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Résolu&#xa0;:</translation>
    </message>
    <message>
        <source>Duration per contact:</source>
        <translation>Durée par contact&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts without a profile</source>
        <translation>Contacts sans profil</translation>
    </message>
    <message>
        <source>Add Reason to Profile</source>
        <translation>Ajouter le motif au profil</translation>
    </message>
    <message>
        <source>Contacts with this reason then belong to the profile</source>
        <translation>Les contacts de ce motif rejoignent alors le profil</translation>
    </message>
    <message>
        <source>New Profile from Reason</source>
        <translation>Nouveau profil à partir du motif</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Vers&#xa0;:</translation>
    </message>
    <message>
        <source>%1 contacts (%2) belong to no profile. Their reasons, with the profile each probably belongs to:</source>
        <translation>%1 contacts (%2) n’appartiennent à aucun profil. Leurs motifs, avec le profil auquel chacun se rattache sans doute&#xa0;:</translation>
    </message>
    <message>
        <source>Every contact belongs to a profile.</source>
        <translation>Chaque contact appartient à un profil.</translation>
    </message>
    <message>
        <source>a profile of its own</source>
        <translation>un profil à part</translation>
    </message>
    <message>
        <source>Suggested profile</source>
        <translation>Profil suggéré</translation>
    </message>
    <message>
        <source>Segments &amp;&amp; contact profiles</source>
        <translation>Segments &amp;&amp; profils de contact</translation>
    </message>
    <message>
        <source>&amp;Contact Log (Excel or CSV)…</source>
        <translation>&amp;Journal des contacts (Excel ou CSV)…</translation>
    </message>
    <message>
        <source>1 · Segments</source>
        <translation>1 · Segments</translation>
    </message>
    <message>
        <source>2 · Effort</source>
        <translation>2 · Effort</translation>
    </message>
    <message>
        <source>3–4 · Contact profiles</source>
        <translation>3–4 · Profils de contact</translation>
    </message>
    <message>
        <source>5 · Impact</source>
        <translation>5 · Impact</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <source>Who gets in touch, when and on which channel</source>
        <translation>Qui prend contact, quand et par quel canal</translation>
    </message>
    <message>
        <source>The effort score per segment, the NPS as a yardstick</source>
        <translation>Le score d’effort par segment, le NPS comme étalon</translation>
    </message>
    <message>
        <source>Contacts grouped by the problem behind them, followed over time and valued</source>
        <translation>Les contacts regroupés selon le problème qui les cause, suivis dans le temps et évalués</translation>
    </message>
    <message>
        <source>Each action&apos;s profile before and after its date</source>
        <translation>Le profil visé par chaque action, avant et après sa date</translation>
    </message>
    <message>
        <source>Segments, effort, contact profiles and the impact of actions</source>
        <translation>Segments, effort, profils de contact et impact des actions</translation>
    </message>
    <message>
        <source>Add a contact log (date, segment, channel, reason…) to the project</source>
        <translation>Ajouter au projet un journal des contacts (date, segment, canal, motif…)</translation>
    </message>
    <message>
        <source>Contact log not imported</source>
        <translation>Journal des contacts non importé</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2 problem(s) to fix in the file. Nothing was changed in the project.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été importé&#xa0;: %2 problème(s) à corriger dans le fichier. Le projet n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Import a contact log</source>
        <translation>Importer un journal des contacts</translation>
    </message>
    <message>
        <source>Contact logs (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Journaux des contacts (*.xlsx *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Contact log imported</source>
        <translation>Journal des contacts importé</translation>
    </message>
    <message>
        <source>%1 contacts added (%2 rows).</source>
        <translation>%1 contacts ajoutés (%2 lignes).</translation>
    </message>
    <message>
        <source>New segments: %1.</source>
        <translation>Nouveaux segments&#xa0;: %1.</translation>
    </message>
    <message>
        <source>New channels: %1.</source>
        <translation>Nouveaux canaux&#xa0;: %1.</translation>
    </message>
    <message>
        <source>New contact profiles: %1.</source>
        <translation>Nouveaux profils de contact&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 of them belong to no contact profile yet.</source>
        <translation>%1 d’entre eux n’appartiennent encore à aucun profil de contact.</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>Add Profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Value from 1 (low) to 3 (high) for the customer and for the business: a contact worth little to both is one to remove.</source>
        <translation>Valeur de 1 (faible) à 3 (forte) pour le client et pour l’entreprise&#xa0;: un contact qui vaut peu pour l’un comme pour l’autre est à supprimer.</translation>
    </message>
    <message>
        <source>No contacts logged yet</source>
        <translation>Aucun contact consigné pour l’instant</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>For the customer</source>
        <translation>Pour le client</translation>
    </message>
    <message>
        <source>For the business</source>
        <translation>Pour l’entreprise</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Reasons it gathers</source>
        <translation>Motifs qu’il regroupe</translation>
    </message>
    <message>
        <source>Its contacts&apos; reasons</source>
        <translation>Motifs de ses contacts</translation>
    </message>
    <message>
        <source>Actions aimed at it</source>
        <translation>Actions qui le visent</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>Contacts of “%1” %2</source>
        <translation>Contacts «&#xa0;%1&#xa0;» %2</translation>
    </message>
    <message>
        <source>New contact profile</source>
        <translation>Nouveau profil de contact</translation>
    </message>
    <message>
        <source>Name of the problem behind the contacts:</source>
        <translation>Nom du problème à l’origine des contacts&#xa0;:</translation>
    </message>
    <message>
        <source>Rename contact profile</source>
        <translation>Renommer le profil de contact</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Delete contact profile</source>
        <translation>Supprimer le profil de contact</translation>
    </message>
    <message>
        <source>Delete the contact profile “%1”? Its contacts are kept, and the actions aimed at it no longer are.</source>
        <translation>Supprimer le profil de contact «&#xa0;%1&#xa0;»&#xa0;? Ses contacts sont conservés, et les actions qui le visaient ne le visent plus.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>Per channel</source>
        <translation>Par canal</translation>
    </message>
    <message>
        <source>Per stage</source>
        <translation>Par étape</translation>
    </message>
    <message>
        <source>Per day of the week</source>
        <translation>Par jour de la semaine</translation>
    </message>
    <message>
        <source>n = %1 contacts</source>
        <translation>n&#xa0;= %1 contacts</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>How many customers the segment holds</source>
        <translation>Nombre de clients du segment</translation>
    </message>
    <message>
        <source>Type a number of contacts of the selected segment</source>
        <translation>Saisir un nombre de contacts du segment sélectionné</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>Clients&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts&#xa0;:</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Minutes / contact</source>
        <translation>Minutes / contact</translation>
    </message>
    <message>
        <source>No contacts logged yet: type counts, or import a contact log (File ▸ Import).</source>
        <translation>Aucun contact consigné pour l’instant&#xa0;: saisissez des nombres de contacts ou importez un journal des contacts (Fichier ▸ Importer).</translation>
    </message>
    <message>
        <source>%1 contacts from %2 to %3</source>
        <translation>%1 contacts du %2 au %3</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Supprimer le segment</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? Its contacts, answers and personas are kept, without a segment.</source>
        <translation>Supprimer le segment «&#xa0;%1&#xa0;»&#xa0;? Ses contacts, réponses et personae sont conservés, sans segment.</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>Snapshot and Now</source>
        <translation>L’instantané et maintenant</translation>
    </message>
    <message>
        <source>Snapshot:</source>
        <translation>Instantané&#xa0;:</translation>
    </message>
    <message>
        <source>Journey:</source>
        <translation>Parcours&#xa0;:</translation>
    </message>
    <message>
        <source>Snapshot — %1</source>
        <translation>Instantané — %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>%1: this journey is not there.</source>
        <translation>%1&#xa0;: ce parcours n’y est pas.</translation>
    </message>
    <message>
        <source>This snapshot cannot be read.</source>
        <translation>Cet instantané ne peut pas être lu.</translation>
    </message>
    <message>
        <source>No changes since this snapshot.</source>
        <translation>Aucun changement depuis cet instantané.</translation>
    </message>
    <message>
        <source>Changes since this snapshot: %1.</source>
        <translation>Changements depuis cet instantané&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Take a Snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <source>Post-workshop baseline</source>
        <translation>Référence après l’atelier</translation>
    </message>
    <message>
        <source>The snapshot keeps the whole project as it is now, inside the file. You can compare it with later work, restore it or export it.</source>
        <translation>L’instantané garde tout le projet tel qu’il est maintenant, dans le fichier même. Vous pourrez le comparer au travail qui suivra, le restaurer ou l’exporter.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Taken by:</source>
        <translation>Pris par&#xa0;:</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>No snapshots yet. Take one before a workshop or before sending the project to someone: the merge of two copies finds its starting point in the snapshots they share.</source>
        <translation>Aucun instantané pour l’instant. Prenez-en un avant un atelier ou avant d’envoyer le projet à quelqu’un&#xa0;: la fusion de deux copies trouve son point de départ dans les instantanés qu’elles ont en commun.</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>&amp;Prendre un instantané…</translation>
    </message>
    <message>
        <source>&amp;Compare with Now</source>
        <translation>&amp;Comparer avec maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Bring the project back to this snapshot (Edit ▸ Undo returns)</source>
        <translation>Ramener le projet à cet instantané (Édition ▸ Annuler revient en arrière)</translation>
    </message>
    <message>
        <source>Save this snapshot as a project file</source>
        <translation>Enregistrer cet instantané comme fichier de projet</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <source>Import a journey from a spreadsheet</source>
        <translation>Importer un parcours depuis un tableur</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Tableurs (*.xlsx *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changed: %1 (%2)</source>
        <translation>Modifié&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>New journey: %1</source>
        <translation>Nouveau parcours&#xa0;: %1</translation>
    </message>
    <message>
        <source>New stage: %1</source>
        <translation>Nouvelle étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Journey “%1”:</source>
        <translation>Parcours «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Spreadsheet not imported</source>
        <translation>Tableur non importé</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2 problem(s) to fix in the file. Nothing was changed in the project.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été importé&#xa0;: %2 problème(s) à corriger dans le fichier. Le projet n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Import from spreadsheet</source>
        <translation>Importer depuis un tableur</translation>
    </message>
    <message>
        <source>“%1” changes the project as follows. Apply the changes? (Edit ▸ Undo takes them back in one step.)</source>
        <translation>«&#xa0;%1&#xa0;» modifie le projet comme suit. Appliquer les modifications&#x202f;? (Édition ▸ Annuler les retire en une seule étape.)</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>&amp;Appliquer les modifications</translation>
    </message>
    <message>
        <source>&amp;Journey from Spreadsheet…</source>
        <translation>&amp;Parcours depuis un tableur…</translation>
    </message>
    <message>
        <source>Add or update journeys from a spreadsheet (Excel or CSV), one row per touchpoint</source>
        <translation>Ajouter ou mettre à jour des parcours depuis un tableur (Excel ou CSV), une ligne par point de contact</translation>
    </message>
    <message>
        <source>“%1” holds nothing the project does not already say.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient rien que le projet ne dise déjà.</translation>
    </message>
    <message>
        <source>%1 changes imported from “%2”.</source>
        <translation>%1 modifications importées depuis «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>This project has no journey yet.
Use Journey ▸ New Journey to start one.</source>
        <translation>Ce projet n’a encore aucun parcours.
Utilisez Parcours ▸ Nouveau parcours pour en commencer un.</translation>
    </message>
    <message>
        <source>Details of:</source>
        <translation>Détail de&#xa0;:</translation>
    </message>
    <message>
        <source>Back to the step this journey details</source>
        <translation>Revenir au point de contact que ce parcours détaille</translation>
    </message>
    <message>
        <source>Where this journey comes from</source>
        <translation>D’où vient ce parcours</translation>
    </message>
</context>
<context>
    <name>TargetJourney</name>
    <message>
        <source>Create &amp;Target Journey</source>
        <translation>Créer le parcours &amp;cible</translation>
    </message>
    <message>
        <source>Copy this journey as a target journey to redesign; the current journey stays as it is</source>
        <translation>Copier ce parcours en parcours cible à repenser&#x202f;; le parcours actuel reste tel quel</translation>
    </message>
    <message>
        <source>Create Another &amp;Variant</source>
        <translation>Créer une autre &amp;variante</translation>
    </message>
    <message>
        <source>“%1” is a copy to reshape: remove pain points, change channels, add wow moments. Journey ▸ Compare with Current Journey shows the gains.</source>
        <translation>«&#xa0;%1&#xa0;» est une copie à retravailler&#xa0;: supprimez des irritants, changez de canaux, ajoutez des moments waouh. Parcours ▸ Comparer au parcours actuel montre les gains.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Save journey as template</source>
        <translation>Enregistrer le parcours comme modèle</translation>
    </message>
    <message>
        <source>What the template is for, in a sentence</source>
        <translation>À quoi sert le modèle, en une phrase</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>The template was not saved.</source>
        <translation>Le modèle n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Template “%1” saved: a new project or journey offers it under My templates.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» enregistré&#xa0;: un nouveau projet ou parcours le propose sous Mes modèles.</translation>
    </message>
    <message>
        <source>The template is now among your own: a new project or journey offers it under My templates.</source>
        <translation>Le modèle fait maintenant partie des vôtres&#xa0;: un nouveau projet ou parcours le propose sous Mes modèles.</translation>
    </message>
    <message>
        <source>Export journey as template</source>
        <translation>Exporter le parcours comme modèle</translation>
    </message>
    <message>
        <source>The template was not exported.</source>
        <translation>Le modèle n’a pas été exporté.</translation>
    </message>
    <message>
        <source>Template written to %1</source>
        <translation>Modèle écrit dans %1</translation>
    </message>
    <message>
        <source>Import template file</source>
        <translation>Importer un fichier modèle</translation>
    </message>
    <message>
        <source>The template was not imported; your templates are unchanged.</source>
        <translation>Le modèle n’a pas été importé&#xa0;; vos modèles sont inchangés.</translation>
    </message>
    <message>
        <source>My templates</source>
        <translation>Mes modèles</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (illisible)</translation>
    </message>
    <message>
        <source>Empty (no stages)</source>
        <translation>Vide (sans étapes)</translation>
    </message>
    <message>
        <source>Choose a template in this sector.</source>
        <translation>Choisissez un modèle de ce secteur.</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Canaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Interlocutors: %1</source>
        <translation>Interlocuteurs&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>&amp;Merge With…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <source>Bring in the changes of another copy of this project</source>
        <translation>Reprendre les changements d’une autre copie de ce projet</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>&amp;Prendre un instantané…</translation>
    </message>
    <message>
        <source>Keep the project as it is now, under a name, inside the file</source>
        <translation>Garder le projet tel qu’il est maintenant, sous un nom, dans le fichier même</translation>
    </message>
    <message>
        <source>&amp;All Snapshots…</source>
        <translation>&amp;Tous les instantanés…</translation>
    </message>
    <message>
        <source>List the snapshots: compare, restore, export or delete one</source>
        <translation>Lister les instantanés&#xa0;: en comparer, restaurer, exporter ou supprimer un</translation>
    </message>
    <message>
        <source>Merge With</source>
        <translation>Fusionner avec</translation>
    </message>
    <message>
        <source>the snapshot “%1” both copies share</source>
        <translation>l’instantané «&#xa0;%1&#xa0;» commun aux deux copies</translation>
    </message>
    <message>
        <source>This project and “%1” share no snapshot to start from. Choose the copy they were both made from (the file sent before the work was shared, for instance).</source>
        <translation>Ce projet et «&#xa0;%1&#xa0;» n’ont aucun instantané en commun d’où partir. Choisissez la copie dont ils sont tous deux issus (le fichier envoyé avant le partage du travail, par exemple).</translation>
    </message>
    <message>
        <source>Choose the Original…</source>
        <translation>Choisir l’original…</translation>
    </message>
    <message>
        <source>“%1” is not a copy of this project: they have no journey, stage, card or persona in common. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une copie de ce projet&#xa0;: ils n’ont aucun parcours, aucune étape, aucune carte ni aucun persona en commun. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“%1” is not the original of this project: they have no journey, stage, card or persona in common. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’original de ce projet&#xa0;: ils n’ont aucun parcours, aucune étape, aucune carte ni aucun persona en commun. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The copies could not be merged automatically; nothing was changed.</source>
        <translation>Les copies n’ont pas pu être fusionnées automatiquement&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Merged “%1” from %2; conflicts to settle: %3.</source>
        <translation>«&#xa0;%1&#xa0;» fusionné depuis %2&#xa0;; conflits à régler&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Merged “%1” from %2, without conflicts.</source>
        <translation>«&#xa0;%1&#xa0;» fusionné depuis %2, sans conflit.</translation>
    </message>
    <message>
        <source>That file could not be read; nothing was changed.</source>
        <translation>Ce fichier n’a pas pu être lu&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Snapshot of %1</source>
        <translation>Instantané du %1</translation>
    </message>
    <message>
        <source>Snapshot “%1” taken.</source>
        <translation>Instantané «&#xa0;%1&#xa0;» pris.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>This snapshot cannot be read back; nothing was changed.</source>
        <translation>Cet instantané ne peut pas être relu&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Snapshot “%1” restored; Edit ▸ Undo brings back what was there.</source>
        <translation>Instantané «&#xa0;%1&#xa0;» restauré&#xa0;; Édition ▸ Annuler ramène ce qui était là.</translation>
    </message>
    <message>
        <source>Export Snapshot</source>
        <translation>Exporter l’instantané</translation>
    </message>
    <message>
        <source>The snapshot was not exported.</source>
        <translation>L’instantané n’a pas été exporté.</translation>
    </message>
    <message>
        <source>Snapshot “%1” exported to %2.</source>
        <translation>Instantané «&#xa0;%1&#xa0;» exporté vers %2.</translation>
    </message>
    <message>
        <source>Merge Conflicts</source>
        <translation>Conflits de fusion</translation>
    </message>
    <message>
        <source>S&amp;napshots</source>
        <translation>&amp;Instantanés</translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <source>Drop to attach the verbatim to “%1”.</source>
        <translation>Déposez pour rattacher le verbatim à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Verbatim attached to “%1”.</source>
        <translation>Verbatim rattaché à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Voice of the Customer</source>
        <translation>Voix du client</translation>
    </message>
    <message>
        <source>Search the verbatims…</source>
        <translation>Rechercher dans les verbatims…</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Show the verbatims of one source</source>
        <translation>Afficher les verbatims d’une source</translation>
    </message>
    <message>
        <source>All personas and segments</source>
        <translation>Tous les personae et segments</translation>
    </message>
    <message>
        <source>Show the verbatims of one persona or segment</source>
        <translation>Afficher les verbatims d’un persona ou d’un segment</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Tous les parcours</translation>
    </message>
    <message>
        <source>Show the verbatims of one journey</source>
        <translation>Afficher les verbatims d’un parcours</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Show the verbatims of one stage</source>
        <translation>Afficher les verbatims d’une étape</translation>
    </message>
    <message>
        <source>Employees&apos; moments only</source>
        <translation>Moments des collaborateurs seulement</translation>
    </message>
    <message>
        <source>Drag a verbatim onto a touchpoint of the map to attach it there; double-click to show its touchpoint.</source>
        <translation>Faites glisser un verbatim sur un point de contact de la carte pour l’y rattacher&#xa0;; double-cliquez pour afficher son point de contact.</translation>
    </message>
    <message>
        <source>Type what was said, then press Enter to add it</source>
        <translation>Saisissez ce qui a été dit, puis appuyez sur Entrée pour l’ajouter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not attached yet</source>
        <translation>Pas encore rattaché</translation>
    </message>
    <message>
        <source>%1 of %2 verbatims</source>
        <translation>%1 verbatims sur %2</translation>
    </message>
    <message>
        <source>Goes to the verbatims not attached yet (select a touchpoint on the map to attach it)</source>
        <translation>Va dans les verbatims non rattachés (sélectionnez un point de contact sur la carte pour l’y rattacher)</translation>
    </message>
    <message>
        <source>Goes to “%1”</source>
        <translation>Va dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>Verbatim</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Persona / segment</source>
        <translation>Persona / segment</translation>
    </message>
    <message>
        <source>Employee moment</source>
        <translation>Moment collaborateur</translation>
    </message>
    <message>
        <source>Stage ▸ touchpoint</source>
        <translation>Étape ▸ point de contact</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
</context>
<context>
    <name>WallImport</name>
    <message>
        <source>Workshop kit</source>
        <translation>Kit d’atelier</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Two for a wall longer than 2 m: one at each end</source>
        <translation>Deux pour un mur de plus de 2&#xa0;m&#xa0;: une à chaque bout</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Journey:</source>
        <translation>Parcours&#xa0;:</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>Étapes&#xa0;:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Blank cards:</source>
        <translation>Cartes vierges&#xa0;:</translation>
    </message>
    <message>
        <source>Emotion strips:</source>
        <translation>Bandes des émotions&#xa0;:</translation>
    </message>
    <message>
        <source>Photo of the &amp;Wall…</source>
        <translation>Photo du &amp;mur…</translation>
    </message>
    <message>
        <source>Read photos of a workshop wall made with the kit back into the journey</source>
        <translation>Relire dans le parcours les photos d’un mur d’atelier fait avec le kit</translation>
    </message>
    <message>
        <source>&amp;Workshop Kit…</source>
        <translation>&amp;Kit d’atelier…</translation>
    </message>
    <message>
        <source>Print the journey as cards, stage banners and an emotion strip to cut out and stick on a wall</source>
        <translation>Imprimer le parcours en cartes, bandeaux d’étape et bande des émotions à découper et coller au mur</translation>
    </message>
    <message>
        <source>Photos of the wall</source>
        <translation>Photos du mur</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Export a workshop kit</source>
        <translation>Exporter un kit d’atelier</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Photo of the wall</source>
        <translation>Photo du mur</translation>
    </message>
    <message>
        <source>The wall could not be read.</source>
        <translation>Le mur n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The handwriting of the new cards could not be kept beside “%1”; nothing was changed.</source>
        <translation>L’écriture des nouvelles cartes n’a pas pu être conservée à côté de «&#xa0;%1&#xa0;»&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 changes from the wall applied.</source>
        <translation>%1 changements du mur appliqués.</translation>
    </message>
    <message>
        <source>This project has no journey to print.</source>
        <translation>Ce projet n’a aucun parcours à imprimer.</translation>
    </message>
    <message>
        <source>The kit could not be written to “%1”.</source>
        <translation>Le kit n’a pas pu être enregistré dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Workshop kit of %1 pages written to %2</source>
        <translation>Kit d’atelier de %1 pages enregistré dans %2</translation>
    </message>
    <message>
        <source>A code that could not be read</source>
        <translation>Un code illisible</translation>
    </message>
    <message>
        <source>A code of another journey or project</source>
        <translation>Un code d’un autre parcours ou projet</translation>
    </message>
    <message>
        <source>A card that is no longer in the journey</source>
        <translation>Une carte qui n’est plus dans le parcours</translation>
    </message>
    <message>
        <source>A code that two touchpoints share</source>
        <translation>Un code commun à deux points de contact</translation>
    </message>
    <message>
        <source>A code found at two places on the wall</source>
        <translation>Un code trouvé à deux endroits du mur</translation>
    </message>
    <message>
        <source>A card left of every stage banner</source>
        <translation>Une carte à gauche de tous les bandeaux d’étape</translation>
    </message>
    <message>
        <source>No stage banner was read</source>
        <translation>Aucun bandeau d’étape n’a été lu</translation>
    </message>
    <message>
        <source>A photo that shares no code with the others</source>
        <translation>Une photo sans code commun avec les autres</translation>
    </message>
    <message>
        <source>A photo without any code of the kit</source>
        <translation>Une photo sans aucun code du kit</translation>
    </message>
    <message>
        <source>An emotion strip whose levels do not line up</source>
        <translation>Une bande des émotions dont les niveaux ne s’alignent pas</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3</source>
        <translation>%1 déplacée de %2 vers %3</translation>
    </message>
    <message>
        <source>New order in %1: %2</source>
        <translation>Nouvel ordre dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Emotion of %1: %2 → %3</source>
        <translation>Émotion de %1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>New card %1 in %2</source>
        <translation>Nouvelle carte %1 dans %2</translation>
    </message>
    <message>
        <source>, emotion %1</source>
        <translation>, émotion %1</translation>
    </message>
    <message>
        <source>%1 in %2 was not found on the wall</source>
        <translation>%1 (%2) n’a pas été trouvée sur le mur</translation>
    </message>
    <message>
        <source>Journey “%1”: %2 codes read on %3 photos. Check the changes to apply; they make one step in Edit ▸ Undo.</source>
        <translation>Parcours «&#xa0;%1&#xa0;»&#xa0;: %2 codes lus sur %3 photos. Cochez les changements à appliquer&#xa0;; ils forment une seule étape dans Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Title of the new card</source>
        <translation>Titre de la nouvelle carte</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Changements (%1)</translation>
    </message>
    <message>
        <source>The banner of the next stage was not read: this card may belong to it.</source>
        <translation>Le bandeau de l’étape suivante n’a pas été lu&#xa0;: cette carte lui appartient peut-être.</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>Not found or not used (%1)</source>
        <translation>Non trouvés ou non utilisés (%1)</translation>
    </message>
    <message>
        <source>Apply Checked Changes</source>
        <translation>Appliquer les changements cochés</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Pain point or opportunity</source>
        <translation>Irritant ou opportunité</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Dot vote tally</source>
        <translation>Décompte des gommettes</translation>
    </message>
    <message>
        <source>The journey&apos;s pain points and opportunities, most voted first; + counts a dot on the selected one, - takes one back.</source>
        <translation>Les irritants et les opportunités du parcours, les plus votés d’abord&#xa0;; + compte une gommette sur celui sélectionné, - en retire une.</translation>
    </message>
    <message>
        <source>Dots counted</source>
        <translation>Gommettes comptées</translation>
    </message>
    <message>
        <source>+1 dot</source>
        <translation>+1 gommette</translation>
    </message>
    <message>
        <source>-1 dot</source>
        <translation>-1 gommette</translation>
    </message>
    <message>
        <source>Count one more dot on the selected pain point or opportunity (+)</source>
        <translation>Compter une gommette de plus sur l’irritant ou l’opportunité sélectionné (+)</translation>
    </message>
    <message>
        <source>Take back one dot from the selected pain point or opportunity (-)</source>
        <translation>Retirer une gommette de l’irritant ou de l’opportunité sélectionné (-)</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Irritant</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>%1 dots on %2 of %3 items</source>
        <translation>%1 gommettes sur %2 des %3 éléments</translation>
    </message>
    <message>
        <source>Parking Lot</source>
        <translation>Parking (questions en suspens)</translation>
    </message>
    <message>
        <source>Park a question… (Enter)</source>
        <translation>Mettre une question au parking… (Entrée)</translation>
    </message>
    <message>
        <source>New question for the parking lot</source>
        <translation>Nouvelle question pour le parking</translation>
    </message>
    <message>
        <source>Type a question to come back to later and press Enter; it is kept in the project.</source>
        <translation>Saisissez une question à reprendre plus tard et appuyez sur Entrée&#xa0;; elle est gardée dans le projet.</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking (questions en suspens)</translation>
    </message>
    <message>
        <source>The questions set aside, oldest first; Space ticks one as answered, Delete removes it.</source>
        <translation>Les questions mises de côté, les plus anciennes d’abord&#xa0;; Espace en coche une comme répondue, Suppr la retire.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected question from the parking lot</source>
        <translation>Retirer du parking la question sélectionnée</translation>
    </message>
    <message>
        <source>Raised in %1</source>
        <translation>Soulevée dans %1</translation>
    </message>
</context>
</TS>
