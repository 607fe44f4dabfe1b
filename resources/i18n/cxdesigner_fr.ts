<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New from Template…</source>
        <translation>&amp;Nouveau à partir d’un modèle…</translation>
    </message>
    <message>
        <source>Start a new project from a stage template</source>
        <translation>Commencer un nouveau projet à partir d’un modèle d’étapes</translation>
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
        <source>Recover &amp;Unsaved Work…</source>
        <translation>Récupérer le &amp;travail non enregistré…</translation>
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
        <source>Show the whole map</source>
        <translation>Afficher toute la carte</translation>
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
        <source>Add a journey with the stages of a template</source>
        <translation>Ajouter un parcours avec les étapes d’un modèle</translation>
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
        <source>&amp;About CX Designer</source>
        <translation>À &amp;propos de CX Designer</translation>
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
        <source>Rename touchpoint</source>
        <translation>Renommer le point de contact</translation>
    </message>
    <message>
        <source>Set moment of truth</source>
        <translation>Définir le moment de vérité</translation>
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
        <source>Edit verbatim</source>
        <translation>Modifier un verbatim</translation>
    </message>
    <message>
        <source>Remove verbatim</source>
        <translation>Retirer un verbatim</translation>
    </message>
    <message>
        <source>Add irritant</source>
        <translation>Ajouter un irritant</translation>
    </message>
    <message>
        <source>Edit irritant</source>
        <translation>Modifier un irritant</translation>
    </message>
    <message>
        <source>Remove irritant</source>
        <translation>Retirer un irritant</translation>
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
        <source>Stages:</source>
        <translation>Étapes&#xa0;:</translation>
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
        <source>Could not open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>The project could not be opened. The file was not changed.</source>
        <translation>Le projet n’a pas pu être ouvert. Le fichier n’a pas été modifié.</translation>
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
        <source>Irritant</source>
        <translation>Irritant</translation>
    </message>
    <message>
        <source>Irritant:</source>
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
        <source>Remove</source>
        <translation>Retirer</translation>
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
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
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
        <source>Voice of the customer: verbatims</source>
        <translation>Voix du client&#xa0;: verbatims</translation>
    </message>
    <message>
        <source>Irritants</source>
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
        <source>%1 touchpoints selected.</source>
        <translation>%1 points de contact sélectionnés.</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>«&#xa0;%1&#xa0;» — %2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Not a moment of truth</source>
        <translation>Pas un moment de vérité</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>Essentiel</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Wow</source>
        <translation>Waouh</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Low / neutral</source>
        <translation>Bas / neutre</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Very sensitive</source>
        <translation>Très sensible</translation>
    </message>
    <message>
        <source>very negative</source>
        <translation>très négative</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>négative</translation>
    </message>
    <message>
        <source>slightly negative</source>
        <translation>plutôt négative</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <source>slightly positive</source>
        <translation>plutôt positive</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>very positive</source>
        <translation>très positive</translation>
    </message>
    <message>
        <source>Target journey</source>
        <translation>Parcours cible</translation>
    </message>
    <message>
        <source>Current journey</source>
        <translation>Parcours actuel</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Published review</source>
        <translation>Avis publié</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>User test</source>
        <translation>Test utilisateur</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Groupe de discussion</translation>
    </message>
    <message>
        <source>Adviser: call</source>
        <translation>Conseiller&#xa0;: appel</translation>
    </message>
    <message>
        <source>Adviser: email</source>
        <translation>Conseiller&#xa0;: e-mail</translation>
    </message>
    <message>
        <source>Adviser: chat</source>
        <translation>Conseiller&#xa0;: chat</translation>
    </message>
    <message>
        <source>Sales staff</source>
        <translation>Équipe de vente</translation>
    </message>
    <message>
        <source>Maintenance staff</source>
        <translation>Équipe de maintenance</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Réseau social</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Attentes</translation>
    </message>
    <message>
        <source>Time and effort</source>
        <translation>Temps et effort</translation>
    </message>
    <message>
        <source>Personalisation</source>
        <translation>Personnalisation</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>Empathie</translation>
    </message>
    <message>
        <source>1 — minor</source>
        <translation>1 — mineur</translation>
    </message>
    <message>
        <source>2 — annoying</source>
        <translation>2 — gênant</translation>
    </message>
    <message>
        <source>3 — serious</source>
        <translation>3 — grave</translation>
    </message>
    <message>
        <source>4 — blocking</source>
        <translation>4 — bloquant</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Actions du client</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
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
        <source>Moments of truth</source>
        <translation>Moments de vérité</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Courbe émotionnelle</translation>
    </message>
    <message>
        <source>Verbatims</source>
        <translation>Verbatims</translation>
    </message>
    <message>
        <source>Irritants</source>
        <translation>Irritants</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Sticky notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Empty (no stages)</source>
        <translation>Vide (sans étapes)</translation>
    </message>
    <message>
        <source>The five A&apos;s (Kotler)</source>
        <translation>Les 5 A (Kotler)</translation>
    </message>
    <message>
        <source>Before / during / after purchase</source>
        <translation>Avant / pendant / après l’achat</translation>
    </message>
    <message>
        <source>Customer support</source>
        <translation>Support client</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Rename journey</source>
        <translation>Renommer le parcours</translation>
    </message>
    <message>
        <source>New name of the journey:</source>
        <translation>Nouveau nom du parcours&#xa0;:</translation>
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
        <source>&lt;h3&gt;CX Designer %1&lt;/h3&gt;&lt;p&gt;Customer-journey maps for workshops and service design, entirely offline: personas, current and target journeys, moments of truth, emotion curve, verbatims, irritants and print-ready wall maps.&lt;/p&gt;&lt;p&gt;Text set in Noto Sans (SIL Open Font License 1.1).&lt;/p&gt;</source>
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
        <source>No channel is called “%1”; add it to the project&apos;s channels first.</source>
        <translation>Aucun canal ne s’appelle «&#xa0;%1&#xa0;»&#x202f;; ajoutez-le d’abord aux canaux du projet.</translation>
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
        <source>channel switch</source>
        <translation>changement de canal</translation>
    </message>
    <message>
        <source>hand-off</source>
        <translation>passage de relais</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 autres</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Actions du client</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
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
        <source>Moments of truth</source>
        <translation>Moments de vérité</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Verbatims</source>
        <translation>Verbatims</translation>
    </message>
    <message>
        <source>Irritants</source>
        <translation>Irritants</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Sticky notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>Essentiel</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Wow</source>
        <translation>Waouh</translation>
    </message>
    <message>
        <source>Low / neutral</source>
        <translation>Bas / neutre</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Very sensitive</source>
        <translation>Très sensible</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <source>Going back / loop</source>
        <translation>Retour en arrière / boucle</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
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
        <source>Kind</source>
        <translation>Type</translation>
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
    <name>Prompts</name>
    <message>
        <source>CX Designer projects (*%1)</source>
        <translation>Projets CX Designer (*%1)</translation>
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
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation>Enregistrer le projet sous</translation>
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
    <name>Tabs</name>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (cible)</translation>
    </message>
    <message>
        <source>This project has no journey yet.
Use Journey ▸ New Journey to start one.</source>
        <translation>Ce projet n’a encore aucun parcours.
Utilisez Parcours ▸ Nouveau parcours pour en commencer un.</translation>
    </message>
</context>
</TS>
