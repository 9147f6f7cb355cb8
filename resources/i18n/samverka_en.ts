<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
  <context>
    <name>ActionPlanPage</name>
    <message>
      <source>Beslutande organ</source>
      <translation>Deciding body</translation>
    </message>
    <message>
      <source>Beslutet om åtgärdsplanen (ingen version ännu)</source>
      <translation>The decision on the action plan (no version yet)</translation>
    </message>
    <message>
      <source>Beslutsdatum</source>
      <translation>Date of decision</translation>
    </message>
    <message>
      <source>Diarienummer</source>
      <translation>Reference number (diarienummer)</translation>
    </message>
    <message>
      <source>Gäller från</source>
      <translation>Valid from</translation>
    </message>
    <message>
      <source>Gäller till</source>
      <translation>Valid until</translation>
    </message>
    <message>
      <source>Paragraf (§)</source>
      <translation>Paragraph (§)</translation>
    </message>
    <message>
      <source>Titel</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Version %1, beslutad – visas som den beslutades</source>
      <translation>Version %1, decided – shown as it was decided</translation>
    </message>
    <message>
      <source>Version %1, utkast – fyll i beslutet när kommunen har beslutat</source>
      <translation>Version %1, draft – fill in the decision when the municipality has decided</translation>
    </message>
    <message>
      <source>t.ex. KS 2025/0456</source>
      <translation>e.g. KS 2025/0456</translation>
    </message>
    <message>
      <source>t.ex. Kommunstyrelsen</source>
      <translation>e.g. Kommunstyrelsen (the municipal executive board)</translation>
    </message>
    <message>
      <source>t.ex. § 245</source>
      <translation>e.g. § 245</translation>
    </message>
    <message>
      <source>Ändra åtgärdsplanens %1</source>
      <translation>Change the action plan's %1</translation>
    </message>
    <message>
      <source>ÅÅÅÅ-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
  </context>
  <context>
    <name>AgreementPage</name>
    <message>
      <source>Betrodda certifikat…</source>
      <translation>Trusted certificates…</translation>
    </message>
    <message>
      <source>Bilaga {0}: {1}</source>
      <translation>Annex {0}: {1}</translation>
    </message>
    <message>
      <source>Bilagor som överenskommelsen hänvisar till</source>
      <translation>Annexes the agreement refers to</translation>
    </message>
    <message>
      <source>Den senaste versionen är redan låst. Gör en ändring eller en ny version först.</source>
      <translation>The latest version is already locked. Make a change or a new version first.</translation>
    </message>
    <message>
      <source>Det finns ingen låst version att kontrollera än.</source>
      <translation>There is no locked version to check yet.</translation>
    </message>
    <message>
      <source>Det här saknas innan överenskommelsen kan låsas</source>
      <translation>Missing before the agreement can be locked</translation>
    </message>
    <message>
      <source>Det här saknas; Enter eller klick går dit</source>
      <translation>What is missing; Enter or a click goes there</translation>
    </message>
    <message>
      <source>Dokument-ID</source>
      <translation>Document ID</translation>
    </message>
    <message>
      <source>Ett Word-utkast att skicka på remiss; den slutliga versionen är PDF.</source>
      <translation>A Word draft to send out for comments; the final version is a PDF.</translation>
    </message>
    <message>
      <source>Exportera PDF…</source>
      <translation>Export PDF…</translation>
    </message>
    <message>
      <source>Fryser innehållet, räknar ut dess kontrollsumma och skapar PDF-filen som ska skrivas under.</source>
      <translation>Freezes the content, computes its checksum and creates the PDF to be signed.</translation>
    </message>
    <message>
      <source>Förhandsgranska överenskommelsen och spara den som PDF.</source>
      <translation>Preview the agreement and save it as a PDF.</translation>
    </message>
    <message>
      <source>Inga ännu. Åtgärdsplanen (steg 8) och medborgarlöftena (steg 9) blir bilagor; de förnyas utan att överenskommelsen skrivs under på nytt.</source>
      <translation>None yet. The action plan (step 8) and the citizen promises (step 9) become annexes; they are renewed without signing the agreement again.</translation>
    </message>
    <message>
      <source>Inget – allt som krävs finns med.</source>
      <translation>Nothing – everything required is there.</translation>
    </message>
    <message>
      <source>Kan inte låsas ännu: {0} sak(er) saknas (se listan).</source>
      <translation>Cannot be locked yet: {0} item(s) missing (see the list).</translation>
    </message>
    <message>
      <source>Klicka för att gå dit och rätta.</source>
      <translation>Click to go there and fix it.</translation>
    </message>
    <message>
      <source>Kontrollera underskrifter…</source>
      <translation>Check signatures…</translation>
    </message>
    <message>
      <source>Lås för underskrift</source>
      <translation>Lock for signing</translation>
    </message>
    <message>
      <source>Låst</source>
      <translation>Locked</translation>
    </message>
    <message>
      <source>Ny version</source>
      <translation>New version</translation>
    </message>
    <message>
      <source>Ny version av överenskommelsen</source>
      <translation>New version of the agreement</translation>
    </message>
    <message>
      <source>Remissutkast (DOCX)…</source>
      <translation>Draft for comments (DOCX)…</translation>
    </message>
    <message>
      <source>Samverkan är öppen skrivskyddat.</source>
      <translation>The collaboration is open read-only.</translation>
    </message>
    <message>
      <source>Skriv under…</source>
      <translation>Sign…</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Underskrifter</source>
      <translation>Signatures</translation>
    </message>
    <message>
      <source>Undertecknad av alla</source>
      <translation>Signed by all</translation>
    </message>
    <message>
      <source>Undertecknarna väljs i steg 1: bocka i Undertecknar på personen. Namn, titel och organisation hämtas därifrån; orten går att ändra här.</source>
      <translation>The signatories are chosen in step 1: tick Signs for the person. Name, title and organisation come from there; the place can be changed here.</translation>
    </message>
    <message>
      <source>Utkast</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Version {0} · {1} · {2}</source>
      <translation>Version {0} · {1} · {2}</translation>
    </message>
    <message>
      <source>Versioner</source>
      <translation>Versions</translation>
    </message>
    <message>
      <source>Välj undertecknare i steg 1</source>
      <translation>Choose signatories in step 1</translation>
    </message>
    <message>
      <source>Överenskommelsen byggs av det ni har gjort i stegen före. Skriv hur arbetet dokumenteras och följs upp i avsnitten till höger, och ändra gärna andra avsnitt. När allt som Brå kräver finns med kan versionen låsas för underskrift; en senare ändring blir en ny version.</source>
      <translation>The agreement is built from what you did in the steps before. Write how the work is documented and followed up in the sections on the right, and change other sections if you like. When everything Brå requires is there, the version can be locked for signing; a later change makes a new version.</translation>
    </message>
  </context>
  <context>
    <name>AgreementSections</name>
    <message>
      <source>Hur arbetet dokumenteras: var lägesbild, orsaksanalyser, åtgärdsplan, mötesanteckningar och beslut sparas, vem som ansvarar för det och hur parterna kommer åt dem.</source>
      <translation>How the work is documented: where the situation picture, cause analyses, action plan, meeting notes and decisions are kept, who is responsible for that and how the parties reach them.</translation>
    </message>
    <message>
      <source>Hur uppföljningen görs: vad som följs upp (åtgärder, löften, indikatorer), hur ofta, vem som samlar in och analyserar, och vem som får resultatet (styrgrupp, kommunstyrelse, invånare).</source>
      <translation>How the follow-up is done: what is followed up (measures, promises, indicators), how often, who collects and analyses, and who receives the results (steering group, executive board, residents).</translation>
    </message>
    <message>
      <source>Samma text som Organisering och arbetssätt i steg 1.</source>
      <translation>The same text as Organisation and way of working in step 1.</translation>
    </message>
    <message>
      <source>Samma text som lägesbildens sammanfattning i steg 2.</source>
      <translation>The same text as the situation picture's summary in step 2.</translation>
    </message>
    <message>
      <source>Samma text som Övergripande mål i steg 1.</source>
      <translation>The same text as Overall goal in step 1.</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Samverka avslutades oväntat förra gången. Dina ändringar var redan sparade. Detaljerna finns i {0}</source>
      <translation>Samverka closed unexpectedly last time. Your changes were already saved. The details are in {0}</translation>
    </message>
  </context>
  <context>
    <name>AudienceWindow</name>
    <message>
      <source>Samverka – projektor</source>
      <translation>Samverka – projector</translation>
    </message>
  </context>
  <context>
    <name>CauseCanvas</name>
    <message>
      <source>Skriv en orsak och tryck Enter · Tab = underorsak till den markerade · ↑↓ byter markering</source>
      <translation>Type a cause and press Enter · Tab = sub-cause of the selected one · ↑↓ change selection</translation>
    </message>
  </context>
  <context>
    <name>CauseHelp</name>
    <message>
      <source>&lt;h3&gt;Rutinaktivitetsteorin och problemtriangeln&lt;/h3&gt;&lt;p&gt;Ett brott sker när en &lt;b&gt;motiverad gärningsperson&lt;/b&gt; och ett &lt;b&gt;lämpligt offer eller mål&lt;/b&gt; möts på samma &lt;b&gt;plats&lt;/b&gt; vid samma tid, utan någon som kan förhindra det.&lt;/p&gt;&lt;p&gt;Den utvidgade problemtriangeln lägger till en yttre ring av kontrollanter: &lt;b&gt;handledaren&lt;/b&gt; (föräldrar, fältassistenter, socialtjänst) påverkar gärningspersonen, den &lt;b&gt;kapabla väktaren&lt;/b&gt; (ordningsvakter, personal, förbipasserande) skyddar offret eller målet, och den &lt;b&gt;platsansvarige&lt;/b&gt; (fastighetsägare, Tekniska förvaltningen, krögare) ansvarar för platsen.&lt;/p&gt;&lt;p&gt;Placera varje orsak på den sida den handlar om. Ett problem bryts när minst en sida bryts – ofta genom att en kontrollant gör något nytt. Förslagen bland de 25 situationella teknikerna utgår från orsakens sida och kontrollant.&lt;/p&gt;&lt;h3&gt;De fem vyerna&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Fiskbenet&lt;/b&gt; sorterar orsakerna på Brås ben (brottsutsatt, gärningsperson, objekt/plats) och egna ben. &lt;b&gt;Händelsekedjan&lt;/b&gt; ordnar vad som händer före, under och efter händelsen – kedjan kan brytas tidigt. &lt;b&gt;Orsaksträdet&lt;/b&gt; visar direkta orsaker överst och indirekta under dem. &lt;b&gt;5 varför&lt;/b&gt; är ett komplement, inte ett av Brås verktyg: fråga varför tills ni når en grundorsak. Alla vyer visar samma orsaker.&lt;/p&gt;&lt;p&gt;Snabbt: skriv i raden nederst och tryck Enter (Tab = underorsak). Piltangenter byter orsak, F2 redigerar, Delete tar bort, Ctrl+Z ångrar. Dra en orsak till en annan för att lägga den under den, eller till en sida eller ett ben för att flytta den dit. I händelsekedjan flyttar Alt+pil vänster/höger orsaken till fasen före/efter och Alt+pil upp/ner inom fasen.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Routine activity theory and the problem triangle&lt;/h3&gt;&lt;p&gt;A crime happens when a &lt;b&gt;motivated offender&lt;/b&gt; and a &lt;b&gt;suitable victim or target&lt;/b&gt; meet in the same &lt;b&gt;place&lt;/b&gt; at the same time, with no one able to prevent it.&lt;/p&gt;&lt;p&gt;The extended problem triangle adds an outer ring of controllers: the &lt;b&gt;handler&lt;/b&gt; (parents, youth workers, social services) influences the offender, the &lt;b&gt;capable guardian&lt;/b&gt; (security guards, staff, passers-by) protects the victim or target, and the &lt;b&gt;place manager&lt;/b&gt; (property owners, the technical department, publicans) is responsible for the place.&lt;/p&gt;&lt;p&gt;Put each cause on the side it is about. A problem is broken when at least one side is broken – often by a controller doing something new. The suggestions among the 25 situational techniques follow the cause's side and controller.&lt;/p&gt;&lt;h3&gt;The five views&lt;/h3&gt;&lt;p&gt;The &lt;b&gt;fishbone&lt;/b&gt; sorts the causes on Brå's bones (victim, offender, object/place) and your own bones. The &lt;b&gt;event chain&lt;/b&gt; orders what happens before, during and after the event – the chain can be broken early. The &lt;b&gt;cause tree&lt;/b&gt; shows direct causes at the top and indirect ones below them. The &lt;b&gt;five whys&lt;/b&gt; is a complement, not one of Brå's tools: ask why until you reach a root cause. All views show the same causes.&lt;/p&gt;&lt;p&gt;Quick: type in the line at the bottom and press Enter (Tab = sub-cause). Arrow keys change cause, F2 edits, Delete removes, Ctrl+Z undoes. Drag a cause onto another to put it under it, or onto a side or a bone to move it there. In the event chain, Alt+Left/Right moves the cause to the phase before/after and Alt+Up/Down within its phase.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Om orsaksanalysen</source>
      <translation>About the cause analysis</translation>
    </message>
  </context>
  <context>
    <name>CauseMenu</name>
    <message>
      <source>Anpassa till fönstret (F)</source>
      <translation>Fit to window (F)</translation>
    </message>
    <message>
      <source>Byt namn på benet</source>
      <translation>Rename the bone</translation>
    </message>
    <message>
      <source>Byt namn på benet…</source>
      <translation>Rename the bone…</translation>
    </message>
    <message>
      <source>Flytta till översta nivån</source>
      <translation>Move to the top level</translation>
    </message>
    <message>
      <source>Ny underorsak (Tab i skrivraden)</source>
      <translation>New sub-cause (Tab in the input line)</translation>
    </message>
    <message>
      <source>Nytt namn:</source>
      <translation>New name:</translation>
    </message>
    <message>
      <source>Redigera texten (F2)</source>
      <translation>Edit the text (F2)</translation>
    </message>
    <message>
      <source>Spara bild…</source>
      <translation>Save image…</translation>
    </message>
    <message>
      <source>Ta bort benet</source>
      <translation>Remove the bone</translation>
    </message>
    <message>
      <source>Ta bort med underorsaker (Delete)</source>
      <translation>Remove with sub-causes (Delete)</translation>
    </message>
  </context>
  <context>
    <name>CausePage</name>
    <message>
      <source>%1 (ej i fokus)</source>
      <translation>%1 (not in focus)</translation>
    </message>
    <message>
      <source>Anpassa (F)</source>
      <translation>Fit (F)</translation>
    </message>
    <message>
      <source>Bilden sparades: %1</source>
      <translation>The image was saved: %1</translation>
    </message>
    <message>
      <source>Inget problem är valt: välj ett problem i fokus i steg 3, Prioritering.</source>
      <translation>No problem is chosen: choose a problem in focus in step 3, Prioritisation.</translation>
    </message>
    <message>
      <source>Mer</source>
      <translation>More</translation>
    </message>
    <message>
      <source>Namn på benet:</source>
      <translation>Name of the bone:</translation>
    </message>
    <message>
      <source>Nytt ben</source>
      <translation>New bone</translation>
    </message>
    <message>
      <source>Nytt ben…</source>
      <translation>New bone…</translation>
    </message>
    <message>
      <source>Om metoden</source>
      <translation>About the method</translation>
    </message>
    <message>
      <source>PNG-bild (*.png);;SVG-bild (*.svg)</source>
      <translation>PNG image (*.png);;SVG image (*.svg)</translation>
    </message>
    <message>
      <source>Problem:</source>
      <translation>Problem:</translation>
    </message>
    <message>
      <source>Spara bild</source>
      <translation>Save image</translation>
    </message>
    <message>
      <source>Spara bild…</source>
      <translation>Save image…</translation>
    </message>
    <message>
      <source>Visa så mycket som ryms med läsbar text (minst 9 punkter)</source>
      <translation>Show as much as fits with readable text (at least 9 points)</translation>
    </message>
  </context>
  <context>
    <name>CausePanel</name>
    <message>
      <source>+1 röst</source>
      <translation>+1 vote</translation>
    </message>
    <message>
      <source>Belägg %1</source>
      <translation>Evidence %1</translation>
    </message>
    <message>
      <source>Belägg (iakttagelser och mätresultat)</source>
      <translation>Evidence (observations and survey results)</translation>
    </message>
    <message>
      <source>Fiskben</source>
      <translation>Fishbone bone</translation>
    </message>
    <message>
      <source>Förslag bland de 25 situationella teknikerna</source>
      <translation>Suggestions among the 25 situational techniques</translation>
    </message>
    <message>
      <source>Ingen åtgärd angriper orsaken än.</source>
      <translation>No measure addresses the cause yet.</translation>
    </message>
    <message>
      <source>Inget ben</source>
      <translation>No bone</translation>
    </message>
    <message>
      <source>Kontrollant</source>
      <translation>Controller</translation>
    </message>
    <message>
      <source>Koppla</source>
      <translation>Link</translation>
    </message>
    <message>
      <source>Koppla befintlig</source>
      <translation>Link existing</translation>
    </message>
    <message>
      <source>Markera en orsak för att se och ändra dess detaljer.</source>
      <translation>Select a cause to see and change its details.</translation>
    </message>
    <message>
      <source>Ny åtgärd för denna orsak</source>
      <translation>New measure for this cause</translation>
    </message>
    <message>
      <source>Perspektiv</source>
      <translation>Perspective</translation>
    </message>
    <message>
      <source>Placera orsaken på en sida i triangeln för att få förslag.</source>
      <translation>Put the cause on a side of the triangle to get suggestions.</translation>
    </message>
    <message>
      <source>Rubrik för en ny åtgärd</source>
      <translation>Title of a new measure</translation>
    </message>
    <message>
      <source>Röster</source>
      <translation>Votes</translation>
    </message>
    <message>
      <source>Säkerhet</source>
      <translation>Confidence</translation>
    </message>
    <message>
      <source>Ta bort markerat belägg</source>
      <translation>Remove the selected evidence</translation>
    </message>
    <message>
      <source>Triangelsida</source>
      <translation>Triangle side</translation>
    </message>
    <message>
      <source>Typ</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Åtgärder som angriper orsaken</source>
      <translation>Measures that address the cause</translation>
    </message>
  </context>
  <context>
    <name>Causes</name>
    <message>
      <source>%1 belägg</source>
      <translation>%1 pieces of evidence</translation>
    </message>
    <message>
      <source>1 belägg</source>
      <translation>1 piece of evidence</translation>
    </message>
    <message>
      <source>Byt namn på ben</source>
      <translation>Rename bone</translation>
    </message>
    <message>
      <source>Del %1 av %2</source>
      <translation>Part %1 of %2</translation>
    </message>
    <message>
      <source>Direkta orsaker</source>
      <translation>Direct causes</translation>
    </message>
    <message>
      <source>Efter händelsen</source>
      <translation>After the event</translation>
    </message>
    <message>
      <source>Ej placerade i triangeln</source>
      <translation>Not placed in the triangle</translation>
    </message>
    <message>
      <source>Flytta i händelsekedjan</source>
      <translation>Move in the event chain</translation>
    </message>
    <message>
      <source>Flytta orsak</source>
      <translation>Move cause</translation>
    </message>
    <message>
      <source>Flytta under annan orsak</source>
      <translation>Move under another cause</translation>
    </message>
    <message>
      <source>Före händelsen</source>
      <translation>Before the event</translation>
    </message>
    <message>
      <source>Grundorsak</source>
      <translation>Root cause</translation>
    </message>
    <message>
      <source>Grundorsak?</source>
      <translation>Root cause?</translation>
    </message>
    <message>
      <source>Indirekta orsaker, nivå %1</source>
      <translation>Indirect causes, level %1</translation>
    </message>
    <message>
      <source>Ingen åtgärd</source>
      <translation>No measure</translation>
    </message>
    <message>
      <source>Inget ben</source>
      <translation>No bone</translation>
    </message>
    <message>
      <source>Inte i händelsekedjan</source>
      <translation>Not in the event chain</translation>
    </message>
    <message>
      <source>Koppla belägg</source>
      <translation>Link evidence</translation>
    </message>
    <message>
      <source>Koppla åtgärd</source>
      <translation>Link measure</translation>
    </message>
    <message>
      <source>Ny orsak</source>
      <translation>New cause</translation>
    </message>
    <message>
      <source>Ny orsak i händelsekedjan</source>
      <translation>New cause in the event chain</translation>
    </message>
    <message>
      <source>Ny underorsak</source>
      <translation>New sub-cause</translation>
    </message>
    <message>
      <source>Ny åtgärd för orsak</source>
      <translation>New measure for cause</translation>
    </message>
    <message>
      <source>Nytt ben</source>
      <translation>New bone</translation>
    </message>
    <message>
      <source>Nytt varför</source>
      <translation>New why</translation>
    </message>
    <message>
      <source>Orange lapp = grundorsak · streckad kant = ingen åtgärd än · ▲ röster · ●●○ säkerhet</source>
      <translation>Orange note = root cause · dashed border = no measure yet · ▲ votes · ●●○ confidence</translation>
    </message>
    <message>
      <source>Problemet</source>
      <translation>The problem</translation>
    </message>
    <message>
      <source>Ta bort ben</source>
      <translation>Remove bone</translation>
    </message>
    <message>
      <source>Ta bort koppling</source>
      <translation>Remove link</translation>
    </message>
    <message>
      <source>Ta ut ur händelsekedjan</source>
      <translation>Take out of the event chain</translation>
    </message>
    <message>
      <source>Under händelsen</source>
      <translation>During the event</translation>
    </message>
    <message>
      <source>Utanför kedjan</source>
      <translation>Outside the chain</translation>
    </message>
    <message>
      <source>Varför?</source>
      <translation>Why?</translation>
    </message>
    <message>
      <source>Ändra kedjan</source>
      <translation>Change the chain</translation>
    </message>
    <message>
      <source>▲ %1 röster</source>
      <translation>▲ %1 votes</translation>
    </message>
    <message>
      <source>▲ 1 röst</source>
      <translation>▲ 1 vote</translation>
    </message>
  </context>
  <context>
    <name>Charts</name>
    <message>
      <source>%n iakttagelser med känd tid; antal fördelat jämnt över deras timmar.</source>
      <translation>%n observations with a known time; counts spread evenly over their hours.</translation>
    </message>
    <message>
      <source>%n utan tidsuppgift visas inte.</source>
      <translation>%n without a time are not shown.</translation>
    </message>
    <message>
      <source>Inga mätningar ännu. Lägg till den första nedan.</source>
      <translation>No measurements yet. Add the first one below.</translation>
    </message>
    <message>
      <source>Inga värden för det här urvalet.</source>
      <translation>No values for this selection.</translation>
    </message>
    <message>
      <source>Lägre index är bättre (0 = inget problem, 6 = alarmerande problem).</source>
      <translation>A lower index is better (0 = no problem, 6 = alarming problem).</translation>
    </message>
    <message>
      <source>Mätvärden</source>
      <translation>Measured values</translation>
    </message>
    <message>
      <source>Mål %1</source>
      <translation>Target %1</translation>
    </message>
    <message>
      <source>Ofylld punkt = osäkert värde (färre än 30 svar).</source>
      <translation>Hollow point = uncertain value (fewer than 30 answers).</translation>
    </message>
    <message>
      <source>Randig stapel och * = osäkert värde (färre än 30 svar).</source>
      <translation>Striped bar and * = uncertain value (fewer than 30 answers).</translation>
    </message>
    <message>
      <source>Utgångsvärde %1</source>
      <translation>Baseline %1</translation>
    </message>
    <message>
      <source>Veckodag × timme</source>
      <translation>Weekday × hour</translation>
    </message>
    <message>
      <source>jan</source>
      <translation>Jan</translation>
    </message>
  </context>
  <context>
    <name>ColumnMappingDialog</name>
    <message>
      <source>(ingen)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>(samma år för alla)</source>
      <translation>(same year for all)</translation>
    </message>
    <message>
      <source>Filen är en bred tabell. Ange vad raderna och kolumnerna är; mappningen sparas och används automatiskt nästa gång en fil med samma rubriker importeras.</source>
      <translation>The file is a wide table. Say what the rows and columns are; the mapping is saved and used automatically the next time a file with the same headings is imported.</translation>
    </message>
    <message>
      <source>Frågegrupp:</source>
      <translation>Question group:</translation>
    </message>
    <message>
      <source>Frågor som rader, områden som kolumner</source>
      <translation>Questions as rows, areas as columns</translation>
    </message>
    <message>
      <source>Första raderna i filen:</source>
      <translation>First rows of the file:</translation>
    </message>
    <message>
      <source>Kod (tom = av namnet)</source>
      <translation>Code (empty = from the name)</translation>
    </message>
    <message>
      <source>Kolumn (ta med)</source>
      <translation>Column (include)</translation>
    </message>
    <message>
      <source>Kolumn med antal svarande:</source>
      <translation>Column with number of respondents:</translation>
    </message>
    <message>
      <source>Kolumn med radens kod:</source>
      <translation>Column with the row's code:</translation>
    </message>
    <message>
      <source>Kolumn med år:</source>
      <translation>Column with year:</translation>
    </message>
    <message>
      <source>Kolumn som namnger raden:</source>
      <translation>Column that names the row:</translation>
    </message>
    <message>
      <source>Kolumner med värden:</source>
      <translation>Columns with values:</translation>
    </message>
    <message>
      <source>Kolumnmappning</source>
      <translation>Column mapping</translation>
    </message>
    <message>
      <source>Namn på mappningen:</source>
      <translation>Name of the mapping:</translation>
    </message>
    <message>
      <source>Områden som rader, frågor som kolumner</source>
      <translation>Areas as rows, questions as columns</translation>
    </message>
    <message>
      <source>Tabellens form:</source>
      <translation>Shape of the table:</translation>
    </message>
    <message>
      <source>Undersökning:</source>
      <translation>Survey:</translation>
    </message>
    <message>
      <source>Uppdelning:</source>
      <translation>Breakdown:</translation>
    </message>
    <message>
      <source>Värdetyp:</source>
      <translation>Value type:</translation>
    </message>
    <message>
      <source>År:</source>
      <translation>Year:</translation>
    </message>
  </context>
  <context>
    <name>Columns</name>
    <message>
      <source>(ingen – gör en under Indikatorer)</source>
      <translation>(none – make one under Indicators)</translation>
    </message>
    <message>
      <source>(ingen – lägg till under Datakällor)</source>
      <translation>(none – add one under Data sources)</translation>
    </message>
    <message>
      <source>(ingen)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>(inget – lägg till under Områden)</source>
      <translation>(none – add one under Areas)</translation>
    </message>
    <message>
      <source>Accepterad</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <source>Alla</source>
      <translation>All</translation>
    </message>
    <message>
      <source>Alla parter håller löftet tillsammans (”Tillsammans lovar vi”)</source>
      <translation>All parties keep the promise together ("Together we promise")</translation>
    </message>
    <message>
      <source>Ansvar i samverkan</source>
      <translation>Responsibility in the collaboration</translation>
    </message>
    <message>
      <source>Ansvarig</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <source>Ansvarig organisation</source>
      <translation>Responsible organisation</translation>
    </message>
    <message>
      <source>Ansvarig person</source>
      <translation>Responsible person</translation>
    </message>
    <message>
      <source>Antal</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <source>Anteckning</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Beskrivning</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Beslutande organ</source>
      <translation>Deciding body</translation>
    </message>
    <message>
      <source>Beslutsdatum</source>
      <translation>Date of decision</translation>
    </message>
    <message>
      <source>Dag</source>
      <translation>Day</translation>
    </message>
    <message>
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Del av</source>
      <translation>Part of</translation>
    </message>
    <message>
      <source>Diarienummer</source>
      <translation>Reference number (diarienummer)</translation>
    </message>
    <message>
      <source>Dokument-ID</source>
      <translation>Document ID</translation>
    </message>
    <message>
      <source>E-post</source>
      <translation>Email</translation>
    </message>
    <message>
      <source>Enhet</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Ett bestämt datum (t.ex. enkätperioden); flyttar månad och dag</source>
      <translation>A fixed date (e.g. the survey period); moves the month and day</translation>
    </message>
    <message>
      <source>Ett filter bedöms ja eller nej och räknas inte in i summan</source>
      <translation>A filter is judged yes or no and is not added to the total</translation>
    </message>
    <message>
      <source>Filter</source>
      <translation>Filter</translation>
    </message>
    <message>
      <source>Från</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Från datum</source>
      <translation>From date</translation>
    </message>
    <message>
      <source>Från kl.</source>
      <translation>From (hour)</translation>
    </message>
    <message>
      <source>Gjort</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Grupp</source>
      <translation>Group</translation>
    </message>
    <message>
      <source>Gäller från</source>
      <translation>Valid from</translation>
    </message>
    <message>
      <source>Gäller till</source>
      <translation>Valid to</translation>
    </message>
    <message>
      <source>Hur den mäts</source>
      <translation>How it is measured</translation>
    </message>
    <message>
      <source>Hur mycket kriteriet väger, 0–10</source>
      <translation>How much the criterion weighs, 0–10</translation>
    </message>
    <message>
      <source>Hur ofta</source>
      <translation>How often</translation>
    </message>
    <message>
      <source>Händelse</source>
      <translation>Event</translation>
    </message>
    <message>
      <source>I fokus</source>
      <translation>In focus</translation>
    </message>
    <message>
      <source>Iakttagelse</source>
      <translation>Observation</translation>
    </message>
    <message>
      <source>Iakttagelser</source>
      <translation>Observations</translation>
    </message>
    <message>
      <source>Indikator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>Kategori</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Klart %</source>
      <translation>Done %</translation>
    </message>
    <message>
      <source>Kod</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Kommentar</source>
      <translation>Comment</translation>
    </message>
    <message>
      <source>Kriterium</source>
      <translation>Criterion</translation>
    </message>
    <message>
      <source>Kvinnor %</source>
      <translation>Women %</translation>
    </message>
    <message>
      <source>Källa</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Källor</source>
      <translation>Sources</translation>
    </message>
    <message>
      <source>Lyft av</source>
      <translation>Raised by</translation>
    </message>
    <message>
      <source>Läge</source>
      <translation>Standing</translation>
    </message>
    <message>
      <source>Löfte</source>
      <translation>Promise</translation>
    </message>
    <message>
      <source>Medborgardialogen</source>
      <translation>Citizen dialogue</translation>
    </message>
    <message>
      <source>Medborgarlöfte</source>
      <translation>Citizen promise</translation>
    </message>
    <message>
      <source>Motivering</source>
      <translation>Rationale</translation>
    </message>
    <message>
      <source>Män %</source>
      <translation>Men %</translation>
    </message>
    <message>
      <source>Mätt</source>
      <translation>Measured</translation>
    </message>
    <message>
      <source>Mål</source>
      <translation>Goal</translation>
    </message>
    <message>
      <source>Målgrupp</source>
      <translation>Target group</translation>
    </message>
    <message>
      <source>Målvärde</source>
      <translation>Target</translation>
    </message>
    <message>
      <source>Månad</source>
      <translation>Month</translation>
    </message>
    <message>
      <source>Möte</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <source>Namn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>När och hur ofta</source>
      <translation>When and how often</translation>
    </message>
    <message>
      <source>När resultatet rapporteras tillbaka till invånarna</source>
      <translation>When the result is reported back to residents</translation>
    </message>
    <message>
      <source>Område</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Orsaker / tekniker</source>
      <translation>Causes / techniques</translation>
    </message>
    <message>
      <source>Ort</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>Party</translation>
    </message>
    <message>
      <source>Partens bild</source>
      <translation>The party's picture</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Plats</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Polisens klassning</source>
      <translation>Police classification</translation>
    </message>
    <message>
      <source>Poäng</source>
      <translation>Points</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Problemkandidat</source>
      <translation>Problem candidate</translation>
    </message>
    <message>
      <source>Processledare</source>
      <translation>Facilitator</translation>
    </message>
    <message>
      <source>Publicerat</source>
      <translation>Published</translation>
    </message>
    <message>
      <source>Rapporterad av</source>
      <translation>Reported by</translation>
    </message>
    <message>
      <source>Resurser</source>
      <translation>Resources</translation>
    </message>
    <message>
      <source>Resurser och möjlighet att påverka: ja eller nej. Ett problem som inte klarar ett filter hamnar sist.</source>
      <translation>Resources and ability to influence: yes or no. A problem that fails a filter ranks last.</translation>
    </message>
    <message>
      <source>Roll</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>SMART</source>
      <translation>SMART</translation>
    </message>
    <message>
      <source>Sekretess</source>
      <translation>Confidentiality</translation>
    </message>
    <message>
      <source>Senast</source>
      <translation>By</translation>
    </message>
    <message>
      <source>Senast rapporterat</source>
      <translation>Last reported</translation>
    </message>
    <message>
      <source>Skickad till</source>
      <translation>Sent to</translation>
    </message>
    <message>
      <source>Slag</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Slut</source>
      <translation>End</translation>
    </message>
    <message>
      <source>Specifik, Mätbar, Accepterad, Realistisk, Tidsatt</source>
      <translation>Specific, Measurable, Accepted, Realistic, Time-bound</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Steg</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>Strategiskt delmål</source>
      <translation>Strategic sub-goal</translation>
    </message>
    <message>
      <source>Säsong</source>
      <translation>Season</translation>
    </message>
    <message>
      <source>T.ex. ”fre, lör”, ”mån–fre”, ”helger” eller 567 (1 = måndag)</source>
      <translation>E.g. “fri, sat”, “mon–fri”, “weekends” or 567 (1 = Monday)</translation>
    </message>
    <message>
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Till</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Till datum</source>
      <translation>To date</translation>
    </message>
    <message>
      <source>Till kl.</source>
      <translation>To (hour)</translation>
    </message>
    <message>
      <source>Titel</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Tom: någon gång under månaden</source>
      <translation>Empty: some time during the month</translation>
    </message>
    <message>
      <source>Trend</source>
      <translation>Trend</translation>
    </message>
    <message>
      <source>Typ</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Underlag</source>
      <translation>Evidence</translation>
    </message>
    <message>
      <source>Undertecknar</source>
      <translation>Signs</translation>
    </message>
    <message>
      <source>Undertecknar överenskommelsen; namn, titel och organisation hämtas härifrån till steg 7</source>
      <translation>Signs the agreement; name, title and organisation are taken from here to step 7</translation>
    </message>
    <message>
      <source>Utgångsvärde</source>
      <translation>Baseline</translation>
    </message>
    <message>
      <source>Utgångsvärde → mål</source>
      <translation>Baseline → target</translation>
    </message>
    <message>
      <source>Vad parten bidrar med: tid, personal och medel</source>
      <translation>What the party contributes: time, staff and money</translation>
    </message>
    <message>
      <source>Var överenskommelsen skrivs under</source>
      <translation>Where the agreement is signed</translation>
    </message>
    <message>
      <source>Varje år</source>
      <translation>Every year</translation>
    </message>
    <message>
      <source>Veckodagar</source>
      <translation>Weekdays</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Vi lovar att …</source>
      <translation>We promise to …</translation>
    </message>
    <message>
      <source>Vikt</source>
      <translation>Weight</translation>
    </message>
    <message>
      <source>Värde</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>§</source>
      <translation>§</translation>
    </message>
    <message>
      <source>Ägare</source>
      <translation>Owner</translation>
    </message>
    <message>
      <source>Ålder</source>
      <translation>Age</translation>
    </message>
    <message>
      <source>Återrapport</source>
      <translation>Report back</translation>
    </message>
    <message>
      <source>Återrapportering</source>
      <translation>Report back</translation>
    </message>
    <message>
      <source>Åtgärd</source>
      <translation>Measure</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <source>Ett oväntat fel inträffade</source>
      <translation>An unexpected error occurred</translation>
    </message>
    <message>
      <source>Feldetaljer</source>
      <translation>Error details</translation>
    </message>
    <message>
      <source>Kopiera detaljer</source>
      <translation>Copy details</translation>
    </message>
    <message>
      <source>Samverka stötte på ett fel som inte borde hända. Dina uppgifter är sparade: varje ändring sparas direkt när du gör den. Du kan fortsätta arbeta, men starta gärna om programmet.

Detaljerna finns i loggfilen:</source>
      <translation>Samverka ran into an error that should not happen. Your data is saved: every change is saved the moment you make it. You can keep working, but consider restarting the program.

The details are in the log file:</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>&amp;Format</source>
      <translation>&amp;Format</translation>
    </message>
    <message>
      <source>&amp;Medborgarlöfte</source>
      <translation>Citizen &amp;promise</translation>
    </message>
    <message>
      <source>&amp;Vad</source>
      <translation>&amp;What</translation>
    </message>
    <message>
      <source>1 sida.</source>
      <translation>1 page.</translation>
    </message>
    <message>
      <source>CSV (semikolon, UTF-8)</source>
      <translation>CSV (semicolon, UTF-8)</translation>
    </message>
    <message>
      <source>Det finns inget medborgarlöfte att exportera än. Skriv ett i steg 9.</source>
      <translation>There is no citizen promise to export yet. Write one in step 9.</translation>
    </message>
    <message>
      <source>Det finns inget möte att göra en rapport från än. Lägg till ett i steg 1, Möten.</source>
      <translation>There is no meeting to report on yet. Add one in step 1, Meetings.</translation>
    </message>
    <message>
      <source>Excel (XLSX)</source>
      <translation>Excel (XLSX)</translation>
    </message>
    <message>
      <source>Exportera</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>Filen blir {0} kB.</source>
      <translation>The file will be {0} kB.</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Förhandsvisning av texten. Filen blir {0} kB.</source>
      <translation>A preview of the text. The file will be {0} kB.</translation>
    </message>
    <message>
      <source>Förhandsvisningen visar de första {0} sidorna.</source>
      <translation>The preview shows the first {0} pages.</translation>
    </message>
    <message>
      <source>Hela samverkan (data)</source>
      <translation>The whole collaboration (data)</translation>
    </message>
    <message>
      <source>Ingen förhandsvisning för {0}. Öppna filen i Word, LibreOffice eller Excel när den är sparad.</source>
      <translation>No preview for {0}. Open the file in Word, LibreOffice or Excel once it is saved.</translation>
    </message>
    <message>
      <source>JSON</source>
      <translation>JSON</translation>
    </message>
    <message>
      <source>Kalenderfil för Outlook m.fl. (iCalendar, .ics)</source>
      <translation>Calendar file for Outlook and others (iCalendar, .ics)</translation>
    </message>
    <message>
      <source>Kontrollera dokumentet innan du sparar det.</source>
      <translation>Check the document before you save it.</translation>
    </message>
    <message>
      <source>Lägesbild</source>
      <translation>Situation picture</translation>
    </message>
    <message>
      <source>Medborgarlöfte</source>
      <translation>Citizen promise</translation>
    </message>
    <message>
      <source>Mö&amp;te</source>
      <translation>Mee&amp;ting</translation>
    </message>
    <message>
      <source>Möte</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>Samverkansöverenskommelse</source>
      <translation>Collaboration agreement</translation>
    </message>
    <message>
      <source>Sida {0}</source>
      <translation>Page {0}</translation>
    </message>
    <message>
      <source>Spara som</source>
      <translation>Save as</translation>
    </message>
    <message>
      <source>Spara som…</source>
      <translation>Save as…</translation>
    </message>
    <message>
      <source>Sparade {0}</source>
      <translation>Saved {0}</translation>
    </message>
    <message>
      <source>Stäng</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Så har det gått – uppföljning av ett medborgarlöfte</source>
      <translation>How it went – follow-up of a citizen promise</translation>
    </message>
    <message>
      <source>Uppföljningsrapport till kommunstyrelsen</source>
      <translation>Follow-up report to the municipal executive board</translation>
    </message>
    <message>
      <source>Utkastet är till för remiss och kommentarer; den slutliga versionen är PDF.</source>
      <translation>The draft is for circulation and comments; the final version is a PDF.</translation>
    </message>
    <message>
      <source>Vad som exporteras</source>
      <translation>What is exported</translation>
    </message>
    <message>
      <source>Word-utkast för remiss (DOCX)</source>
      <translation>Word draft for comments (DOCX)</translation>
    </message>
    <message>
      <source>Workshoprapport (ett möte)</source>
      <translation>Workshop report (one meeting)</translation>
    </message>
    <message>
      <source>{0} händelser. Öppna filen i Outlook eller en annan kalender för att lägga in årshjulet.</source>
      <translation>{0} events. Open the file in Outlook or another calendar to add the year wheel.</translation>
    </message>
    <message>
      <source>{0} sidor.</source>
      <translation>{0} pages.</translation>
    </message>
    <message>
      <source>Årshjul (kalender)</source>
      <translation>Year wheel (calendar)</translation>
    </message>
    <message>
      <source>Åtgärder, mål och indikatorer (tabell)</source>
      <translation>Measures, goals and indicators (table)</translation>
    </message>
    <message>
      <source>Åtgärdsplan (bilaga till överenskommelsen)</source>
      <translation>Action plan (annex to the agreement)</translation>
    </message>
  </context>
  <context>
    <name>Exporting</name>
    <message>
      <source>Spara som</source>
      <translation>Save as</translation>
    </message>
    <message>
      <source>Sparade {0}</source>
      <translation>Saved {0}</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <source>Analys</source>
      <translation>Analysis</translation>
    </message>
    <message>
      <source>Annan relevant information</source>
      <translation>Other relevant information</translation>
    </message>
    <message>
      <source>Anteckningar</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <source>Bakgrund</source>
      <translation>Background</translation>
    </message>
    <message>
      <source>Beskrivning</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Beslut</source>
      <translation>Decisions</translation>
    </message>
    <message>
      <source>Bygger på åtgärd</source>
      <translation>Builds on measure</translation>
    </message>
    <message>
      <source>Dagordning</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>Del av medborgarlöfte</source>
      <translation>Part of a citizen promise</translation>
    </message>
    <message>
      <source>Fokusområde</source>
      <translation>Focus area</translation>
    </message>
    <message>
      <source>Indikator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>Inriktning</source>
      <translation>Direction</translation>
    </message>
    <message>
      <source>Kommun</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <source>Konsekvenser</source>
      <translation>Consequences</translation>
    </message>
    <message>
      <source>Kunskapsstöd</source>
      <translation>Evidence base</translation>
    </message>
    <message>
      <source>Källor</source>
      <translation>Sources</translation>
    </message>
    <message>
      <source>Lokalpolisområde</source>
      <translation>Local police area</translation>
    </message>
    <message>
      <source>Medborgardialogen som löftet bygger på</source>
      <translation>The citizen dialogue the promise builds on</translation>
    </message>
    <message>
      <source>Motivering</source>
      <translation>Rationale</translation>
    </message>
    <message>
      <source>Målformulering</source>
      <translation>Goal statement</translation>
    </message>
    <message>
      <source>När</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Omfattning</source>
      <translation>Extent</translation>
    </message>
    <message>
      <source>Område</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Organisering och arbetssätt</source>
      <translation>Organisation and ways of working</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>Party</translation>
    </message>
    <message>
      <source>Partens bild</source>
      <translation>The party's picture</translation>
    </message>
    <message>
      <source>Period från</source>
      <translation>Period from</translation>
    </message>
    <message>
      <source>Period till</source>
      <translation>Period to</translation>
    </message>
    <message>
      <source>Polisregion</source>
      <translation>Police region</translation>
    </message>
    <message>
      <source>Problemformulering</source>
      <translation>Problem statement</translation>
    </message>
    <message>
      <source>Publiceras i</source>
      <translation>Published in</translation>
    </message>
    <message>
      <source>Rekommendationer</source>
      <translation>Recommendations</translation>
    </message>
    <message>
      <source>Resurser (kr)</source>
      <translation>Resources (SEK)</translation>
    </message>
    <message>
      <source>Resurser (timmar)</source>
      <translation>Resources (hours)</translation>
    </message>
    <message>
      <source>Rubrik</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Samarbetspartner</source>
      <translation>Partners</translation>
    </message>
    <message>
      <source>Sammanfattning av lägesbilden</source>
      <translation>Summary of the situation picture</translation>
    </message>
    <message>
      <source>Samverkans namn</source>
      <translation>Name of the collaboration</translation>
    </message>
    <message>
      <source>Sikt</source>
      <translation>Horizon</translation>
    </message>
    <message>
      <source>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-15.</source>
      <translation>Write the date as YYYY-MM-DD, for example 2026-03-15.</translation>
    </message>
    <message>
      <source>Skriv ett tal, till exempel 12 eller 3,5.</source>
      <translation>Write a number, for example 12 or 3.5.</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Strategiskt delmål</source>
      <translation>Strategic sub-goal</translation>
    </message>
    <message>
      <source>Stöd i medborgardialogen</source>
      <translation>Basis in the citizen dialogue</translation>
    </message>
    <message>
      <source>Så följer vi upp och återrapporterar</source>
      <translation>How we follow up and report back</translation>
    </message>
    <message>
      <source>Så går uppföljningen till</source>
      <translation>How the follow-up is done</translation>
    </message>
    <message>
      <source>Så har löftet tagits fram</source>
      <translation>How the promise was made</translation>
    </message>
    <message>
      <source>Så kan du bidra</source>
      <translation>How you can contribute</translation>
    </message>
    <message>
      <source>Vad visar uppföljningen?</source>
      <translation>What does the follow-up show?</translation>
    </message>
    <message>
      <source>Var</source>
      <translation>Where</translation>
    </message>
    <message>
      <source>t.ex. fre, lör</source>
      <translation>e.g. fri, sat</translation>
    </message>
    <message>
      <source>ÅÅÅÅ-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <source>Övergripande mål</source>
      <translation>Overall goal</translation>
    </message>
  </context>
  <context>
    <name>Focus</name>
    <message>
      <source>Ta bort problem ur fokus</source>
      <translation>Take problem out of focus</translation>
    </message>
    <message>
      <source>Välj problem i fokus</source>
      <translation>Choose problem for focus</translation>
    </message>
  </context>
  <context>
    <name>FollowUpPage</name>
    <message>
      <source> av %1 %2</source>
      <translation> of %1 %2</translation>
    </message>
    <message>
      <source>(ingen källa)</source>
      <translation>(no source)</translation>
    </message>
    <message>
      <source>Ange datum som ÅÅÅÅ-MM-DD.</source>
      <translation>Enter the date as YYYY-MM-DD.</translation>
    </message>
    <message>
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Exportera</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>Gjort hittills</source>
      <translation>Done so far</translation>
    </message>
    <message>
      <source>Hur har det gått med löftet?</source>
      <translation>How has the promise gone?</translation>
    </message>
    <message>
      <source>Indikatorer och mätningar</source>
      <translation>Indicators and measurements</translation>
    </message>
    <message>
      <source>Klart</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Kommentar</source>
      <translation>Comment</translation>
    </message>
    <message>
      <source>Källa</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Lägg till mätning</source>
      <translation>Add measurement</translation>
    </message>
    <message>
      <source>Medborgarlöften</source>
      <translation>Citizen promises</translation>
    </message>
    <message>
      <source>Ny mätning</source>
      <translation>New measurement</translation>
    </message>
    <message>
      <source>Ny status för åtgärden</source>
      <translation>New status for the measure</translation>
    </message>
    <message>
      <source>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-09-30.</source>
      <translation>Write the date as YYYY-MM-DD, for example 2026-09-30.</translation>
    </message>
    <message>
      <source>Skriv en kommentar: vad har hänt, och vad händer härnäst?</source>
      <translation>Write a comment: what has happened, and what happens next?</translation>
    </message>
    <message>
      <source>Skriv värdet som ett tal, till exempel 29,5.</source>
      <translation>Write the value as a number, for example 29.5.</translation>
    </message>
    <message>
      <source>Spara status</source>
      <translation>Save status</translation>
    </message>
    <message>
      <source>Spara uppföljning</source>
      <translation>Save follow-up</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Så följer vi upp och rapporterar</source>
      <translation>How we follow up and report</translation>
    </message>
    <message>
      <source>Så har det gått: {0} (PDF)…</source>
      <translation>How it has gone: {0} (PDF)…</translation>
    </message>
    <message>
      <source>Uppföljning av löftet</source>
      <translation>Follow-up of the promise</translation>
    </message>
    <message>
      <source>Uppföljningsrapporten (PDF)…</source>
      <translation>The follow-up report (PDF)…</translation>
    </message>
    <message>
      <source>Värde</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>Åtgärder</source>
      <translation>Measures</translation>
    </message>
    <message>
      <source>ÅÅÅÅ-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
  </context>
  <context>
    <name>GoalsPage</name>
    <message>
      <source>Effektmål säger vad som ska bli bättre, processmål hur arbetet ska gå till och produktionsmål vad som ska göras. Varje mål behöver en indikator, ett utgångsvärde, ett målvärde och ett datum.</source>
      <translation>Outcome goals say what should improve, process goals how the work should be done and output goals what should be delivered. Every goal needs an indicator, a baseline, a target and a date.</translation>
    </message>
    <message>
      <source>Gör en indikator och koppla målet till den.</source>
      <translation>Make an indicator and link the goal to it.</translation>
    </message>
    <message>
      <source>Indikatorer</source>
      <translation>Indicators</translation>
    </message>
    <message>
      <source>Indikatorer görs under fliken Indikatorer – eller här, direkt för det här målet.</source>
      <translation>Indicators are made on the Indicators tab – or here, directly for this goal.</translation>
    </message>
    <message>
      <source>Indikatorn ”{0}” är kopplad till målet. Ange enhet, källa och hur den mäts under fliken Indikatorer.</source>
      <translation>The indicator “{0}” is linked to the goal. Give its unit, source and how it is measured on the Indicators tab.</translation>
    </message>
    <message>
      <source>Mål</source>
      <translation>Goals</translation>
    </message>
    <message>
      <source>Ny indikator</source>
      <translation>New indicator</translation>
    </message>
    <message>
      <source>Ny indikator för målet</source>
      <translation>New indicator for the goal</translation>
    </message>
    <message>
      <source>Ny indikator…</source>
      <translation>New indicator…</translation>
    </message>
    <message>
      <source>Strategiska delmål</source>
      <translation>Strategic sub-goals</translation>
    </message>
    <message>
      <source>Strategiska delmål gäller hela samverkan, inte ett enskilt problem. De står i överenskommelsen under det övergripande målet.</source>
      <translation>Strategic sub-goals apply to the whole collaboration, not to one problem. The agreement lists them under the overall goal.</translation>
    </message>
    <message>
      <source>Vad mäter indikatorn? (t.ex. Andel otrygga ute ensam sen kväll, Lund C)</source>
      <translation>What does the indicator measure? (e.g. Share feeling unsafe outdoors alone late at night, Lund C)</translation>
    </message>
    <message>
      <source>⚠ {0}: vaga formuleringar som Brå varnar för. {1}</source>
      <translation>⚠ {0}: vague wording Brå warns against. {1}</translation>
    </message>
    <message>
      <source>＋ Ny indikator…</source>
      <translation>＋ New indicator…</translation>
    </message>
  </context>
  <context>
    <name>Guidance</name>
    <message>
      <source>En eller två meningar som sammanfattar problemet så att alla parter känner igen det.</source>
      <translation>One or two sentences that sum up the problem so that every party recognises it.</translation>
    </message>
    <message>
      <source>Hur mycket brott och otrygghet finns, var och när? T.ex. anmälda brott, trygghetsmätningen, EST-rapporter och hur de har utvecklats.</source>
      <translation>How much crime and insecurity is there, where and when? E.g. reported crime, the safety survey, EST reports and how they have developed.</translation>
    </message>
    <message>
      <source>Hur styrgrupp, beredningsgrupp och arbetsgrupper arbetar och hur ofta de möts.</source>
      <translation>How the steering group, preparatory group and working groups work and how often they meet.</translation>
    </message>
    <message>
      <source>Sådant som påverkar läget: förändringar i området, evenemang, vad socialtjänsten, skolan och andra har sett.</source>
      <translation>What affects the situation: changes in the area, events, what social services, schools and others have seen.</translation>
    </message>
    <message>
      <source>Vad brotten och otryggheten leder till: för de utsatta, för invånarnas trygghet och vardag, för verksamheter och i kostnader.</source>
      <translation>What the crime and insecurity lead to: for victims, for residents’ safety and daily life, for businesses and in costs.</translation>
    </message>
    <message>
      <source>Vad invånarna sa om problemet i medborgardialogen, om en sådan hölls.</source>
      <translation>What residents said about the problem in the citizen dialogue, if one was held.</translation>
    </message>
    <message>
      <source>Vad källorna tillsammans säger: vilka problem syns, var och när, och hur de utvecklas.</source>
      <translation>What the sources say together: which problems show, where and when, and how they develop.</translation>
    </message>
    <message>
      <source>Vad parten ser i sina egna uppgifter: vilka problem, var och när, och hur de utvecklas.</source>
      <translation>What the party sees in its own data: which problems, where and when, and how they develop.</translation>
    </message>
    <message>
      <source>Vad samverkan som helhet ska uppnå under perioden, t.ex. att lägesbilden tas fram gemensamt varje år.</source>
      <translation>What the collaboration as a whole should achieve during the period, e.g. that the situation picture is produced jointly every year.</translation>
    </message>
    <message>
      <source>Vad ska bli bättre, för vilka, var och hur mycket?</source>
      <translation>What should improve, for whom, where and by how much?</translation>
    </message>
    <message>
      <source>Varför ni väljer problemet: vad lägesbilden visar och vad kriterierna gav.</source>
      <translation>Why you choose the problem: what the situation picture shows and what the criteria gave.</translation>
    </message>
    <message>
      <source>Varför samverkar parterna, och vad har gjorts tidigare? Blir avsnittet Bakgrund i överenskommelsen.</source>
      <translation>Why do the parties collaborate, and what has been done before? Becomes the Background section of the agreement.</translation>
    </message>
    <message>
      <source>Varifrån uppgifterna kommer, t.ex. anmälda brott 2025, trygghetsmätningen, EST-rapporter.</source>
      <translation>Where the data come from, e.g. reported crime 2025, the safety survey, EST reports.</translation>
    </message>
    <message>
      <source>Vem följer upp vad, hur ofta, med vilka källor, och till vem rapporteras det (t.ex. styrgruppen varje kvartal, kommunstyrelsen en gång om året).</source>
      <translation>Who follows up what, how often, with which sources, and to whom it is reported (e.g. the steering group every quarter, the municipal executive board once a year).</translation>
    </message>
    <message>
      <source>Vilka slutsatser ni drar: mönster, troliga orsaker att utreda och vad som bör prioriteras.</source>
      <translation>What you conclude: patterns, probable causes to look into and what should be prioritised.</translation>
    </message>
    <message>
      <source>Vilken dialog, när och med vilka: t.ex. 140 synpunkter i kartappen hösten 2025 och trygghetsvandringen i oktober.</source>
      <translation>Which dialogue, when and with whom: e.g. 140 comments in the map app in autumn 2025 and the safety walk in October.</translation>
    </message>
  </context>
  <context>
    <name>LagesbildPage</name>
    <message>
      <source>Datakällor</source>
      <translation>Data sources</translation>
    </message>
    <message>
      <source>Den gemensamma lägesbilden har de delar lagen (2023:196) kräver: omfattning, konsekvenser, annan relevant information och en analys. Sammanfattningen blir lägesbildens avsnitt i överenskommelsen.</source>
      <translation>The joint situation picture has the parts the Act (2023:196) requires: extent, consequences, other relevant information and an analysis. The summary becomes the situation picture section of the agreement.</translation>
    </message>
    <message>
      <source>Iakttagelser</source>
      <translation>Observations</translation>
    </message>
    <message>
      <source>Lägesbilden</source>
      <translation>Situation picture</translation>
    </message>
    <message>
      <source>Ny källa</source>
      <translation>New source</translation>
    </message>
    <message>
      <source>Nytt område</source>
      <translation>New area</translation>
    </message>
    <message>
      <source>Områden</source>
      <translation>Areas</translation>
    </message>
    <message>
      <source>Parternas bidrag</source>
      <translation>Parties' contributions</translation>
    </message>
    <message>
      <source>Saknar eget bidrag: {0}.</source>
      <translation>No contribution of its own yet: {0}.</translation>
    </message>
    <message>
      <source>Trygghetsmätning</source>
      <translation>Safety survey</translation>
    </message>
    <message>
      <source>Varje part tar fram sin egen bild ur sina egna uppgifter och anger sina källor, innan bilderna läggs samman (Brås egna förberedelser).</source>
      <translation>Each party draws its own picture from its own data and states its sources before the pictures are merged (Brå's own preparations).</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Filen är öppnad skrivskyddat.</source>
      <translation>The file is open read-only.</translation>
    </message>
    <message>
      <source>Om Samverka</source>
      <translation>About Samverka</translation>
    </message>
    <message>
      <source>Personnummer och samordningsnummer i ändringsloggen ersätts med stjärnor. Texterna i samverkan ändras inte, och äldre säkerhetskopior innehåller dem fortfarande. Fortsätt?</source>
      <translation>Personal identity and coordination numbers in the change log are replaced with asterisks. The texts of the collaboration do not change, and older backups still hold them. Continue?</translation>
    </message>
    <message>
      <source>Rensa ändringsloggen</source>
      <translation>Scrub the change log</translation>
    </message>
    <message>
      <source>Samverka {0}

Stöd för lokal samverkan mellan kommun och polis: från lägesbild och orsaksanalys till åtgärdsplan, medborgarlöften, undertecknad överenskommelse och uppföljning.

Allt sparas i filen på din dator; programmet använder inte nätverket.</source>
      <translation>Samverka {0}

Support for local collaboration between municipality and police: from situation picture and cause analysis to action plan, citizen promises, a signed agreement and follow-up.

Everything is saved in the file on your computer; the program does not use the network.</translation>
    </message>
    <message>
      <source>Samverka-filer (*.samverka);;Alla filer (*)</source>
      <translation>Samverka files (*.samverka);;All files (*)</translation>
    </message>
    <message>
      <source>Skapar en ny kopia av demosamverkan…</source>
      <translation>Creating a new copy of the demo collaboration…</translation>
    </message>
    <message>
      <source>Skrivskyddad: du kan läsa men inte ändra.</source>
      <translation>Read-only: you can read but not change.</translation>
    </message>
    <message>
      <source>Steg {0}: {1}</source>
      <translation>Step {0}: {1}</translation>
    </message>
    <message>
      <source>Säkerhetskopior finns bara för samverkansfiler (.samverka).</source>
      <translation>Backups exist only for collaboration files (.samverka).</translation>
    </message>
    <message>
      <source>skrivskyddad</source>
      <translation>read-only</translation>
    </message>
    <message>
      <source>{0} poster i ändringsloggen rensades.</source>
      <translation>{0} change-log entries were scrubbed.</translation>
    </message>
    <message>
      <source>Öppna samverkan</source>
      <translation>Open collaboration</translation>
    </message>
  </context>
  <context>
    <name>MeasuresPage</name>
    <message>
      <source>&lt;b&gt;Åtgärdsplan version {0}&lt;/b&gt; · beslutad {1} ({2}) · {3}</source>
      <translation>&lt;b&gt;Action plan version {0}&lt;/b&gt; · decided {1} ({2}) · {3}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Åtgärdsplan version {0}&lt;/b&gt; · utkast – inte beslutad än</source>
      <translation>&lt;b&gt;Action plan version {0}&lt;/b&gt; · draft – not decided yet</translation>
    </message>
    <message>
      <source>&lt;b&gt;Åtgärdsplanen&lt;/b&gt; är inte beslutad än. Fyll i beslutet under ”Beslut och versioner” och tryck Besluta.</source>
      <translation>&lt;b&gt;The action plan&lt;/b&gt; is not decided yet. Fill in the decision under "Decision and versions" and press Decide.</translation>
    </message>
    <message>
      <source>Beslut och versioner</source>
      <translation>Decision and versions</translation>
    </message>
    <message>
      <source>Besluta åtgärdsplanen</source>
      <translation>Decide the action plan</translation>
    </message>
    <message>
      <source>Besluta…</source>
      <translation>Decide…</translation>
    </message>
    <message>
      <source>Börja en ny version av planen (när åtgärderna har ändrats efter beslutet).</source>
      <translation>Start a new version of the plan (when the measures have changed after the decision).</translation>
    </message>
    <message>
      <source>Detaljer</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Exportera</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>Ny version</source>
      <translation>New version</translation>
    </message>
    <message>
      <source>Ny version av åtgärdsplanen</source>
      <translation>New version of the action plan</translation>
    </message>
    <message>
      <source>Ny åtgärd</source>
      <translation>New measure</translation>
    </message>
    <message>
      <source>Orsaker som ingen åtgärd påverkar ({0}): {1}</source>
      <translation>Causes no measure addresses ({0}): {1}</translation>
    </message>
    <message>
      <source>Orsaker som åtgärden påverkar</source>
      <translation>Causes this measure addresses</translation>
    </message>
    <message>
      <source>Registrera kommunens beslut: versionen låses med beslutande organ, datum, § och diarienummer.</source>
      <translation>Record the municipality's decision: the version is locked with deciding body, date, § and reference number.</translation>
    </message>
    <message>
      <source>Situationella tekniker</source>
      <translation>Situational techniques</translation>
    </message>
    <message>
      <source>Situationella tekniker (25)</source>
      <translation>Situational techniques (25)</translation>
    </message>
    <message>
      <source>Åtgärden saknar ansvarig.</source>
      <translation>The measure has no owner.</translation>
    </message>
    <message>
      <source>Åtgärder utan ansvarig ({0}): {1}</source>
      <translation>Measures without an owner ({0}): {1}</translation>
    </message>
    <message>
      <source>Åtgärderna har ändrats sedan version {0} beslutades. Gör en ny version och låt kommunen besluta den.</source>
      <translation>The measures have changed since version {0} was decided. Make a new version and have the municipality decide it.</translation>
    </message>
    <message>
      <source>Åtgärdsplanen kan inte beslutas än. Det här saknas:</source>
      <translation>The action plan cannot be decided yet. This is missing:</translation>
    </message>
    <message>
      <source>Åtgärdsplanen som PDF…</source>
      <translation>The action plan as PDF…</translation>
    </message>
    <message>
      <source>Åtgärdsplanen som Word (utkast för synpunkter)…</source>
      <translation>The action plan as Word (draft for comments)…</translation>
    </message>
    <message>
      <source>Åtgärdsplanen version {0} är beslutad ({1}).</source>
      <translation>Action plan version {0} is decided ({1}).</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <source>&amp;Arkiv</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Avsluta</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Exportera…</source>
      <translation>&amp;Export…</translation>
    </message>
    <message>
      <source>&amp;Föregående steg</source>
      <translation>&amp;Previous step</translation>
    </message>
    <message>
      <source>&amp;Gå till steg</source>
      <translation>&amp;Go to step</translation>
    </message>
    <message>
      <source>&amp;Gör om</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <source>&amp;Hjälp</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Kortkommandon</source>
      <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
      <source>&amp;Ny samverkan…</source>
      <translation>&amp;New collaboration…</translation>
    </message>
    <message>
      <source>&amp;Nästa steg</source>
      <translation>Ne&amp;xt step</translation>
    </message>
    <message>
      <source>&amp;Om Samverka</source>
      <translation>&amp;About Samverka</translation>
    </message>
    <message>
      <source>&amp;Redigera</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>&amp;Senaste</source>
      <translation>&amp;Recent</translation>
    </message>
    <message>
      <source>&amp;Språk</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>&amp;Visa</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>&amp;Ångra</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <source>Gjort om: {0}</source>
      <translation>Redone: {0}</translation>
    </message>
    <message>
      <source>Gå till steg 1–10</source>
      <translation>Go to step 1–10</translation>
    </message>
    <message>
      <source>Lägg till en rad i tabellen</source>
      <translation>Add a row to the table</translation>
    </message>
    <message>
      <source>Menyer och fält</source>
      <translation>Menus and fields</translation>
    </message>
    <message>
      <source>Nästa / föregående fält</source>
      <translation>Next / previous field</translation>
    </message>
    <message>
      <source>Redigera markerad cell</source>
      <translation>Edit the selected cell</translation>
    </message>
    <message>
      <source>Rensa personnummer ur ändrings&amp;loggen…</source>
      <translation>Scrub personal identity numbers from the change &amp;log…</translation>
    </message>
    <message>
      <source>S&amp;tarta nästa period…</source>
      <translation>S&amp;tart the next period…</translation>
    </message>
    <message>
      <source>Ta bort markerad rad (kan ångras)</source>
      <translation>Remove the selected row (can be undone)</translation>
    </message>
    <message>
      <source>Töm listan</source>
      <translation>Clear the list</translation>
    </message>
    <message>
      <source>Visa kortkommandon</source>
      <translation>Show keyboard shortcuts</translation>
    </message>
    <message>
      <source>understruken bokstav</source>
      <translation>underlined letter</translation>
    </message>
    <message>
      <source>Ångrat: {0}</source>
      <translation>Undone: {0}</translation>
    </message>
    <message>
      <source>Åte&amp;rställ säkerhetskopia…</source>
      <translation>Res&amp;tore backup…</translation>
    </message>
    <message>
      <source>Ö&amp;ppna…</source>
      <translation>&amp;Open…</translation>
    </message>
    <message>
      <source>Öppna &amp;demosamverkan (Lund)</source>
      <translation>Open the &amp;demo collaboration (Lund)</translation>
    </message>
  </context>
  <context>
    <name>MessageBar</name>
    <message>
      <source>Stäng meddelandet</source>
      <translation>Close the message</translation>
    </message>
  </context>
  <context>
    <name>Navigator</name>
    <message>
      <source>(och {0} till av samma slag)</source>
      <translation>(and {0} more of the same kind)</translation>
    </message>
    <message>
      <source>Det här saknas</source>
      <translation>What is missing</translation>
    </message>
    <message>
      <source>Dölj listan</source>
      <translation>Hide the list</translation>
    </message>
    <message>
      <source>Inget saknas i det här steget.</source>
      <translation>Nothing is missing in this step.</translation>
    </message>
    <message>
      <source>Klart.</source>
      <translation>Done.</translation>
    </message>
    <message>
      <source>Klicka för att gå dit.</source>
      <translation>Click to go there.</translation>
    </message>
    <message>
      <source>Klicka för att visa alla.</source>
      <translation>Click to show them all.</translation>
    </message>
    <message>
      <source>Råd:</source>
      <translation>Advice:</translation>
    </message>
    <message>
      <source>Saknas:</source>
      <translation>Missing:</translation>
    </message>
    <message>
      <source>Sidan visar det som saknas för att låsa, med länkar dit.</source>
      <translation>The page lists what locking still needs, with links to it.</translation>
    </message>
    <message>
      <source>Steg</source>
      <translation>Steps</translation>
    </message>
    <message>
      <source>Stegen i arbetsgången</source>
      <translation>The steps of the method</translation>
    </message>
    <message>
      <source>Visa vad som saknas i steget</source>
      <translation>Show what the step still lacks</translation>
    </message>
  </context>
  <context>
    <name>NewCollaborationDialog</name>
    <message>
      <source>&amp;Kommun</source>
      <translation>&amp;Municipality</translation>
    </message>
    <message>
      <source>&amp;Lokalpolisområde</source>
      <translation>&amp;Local police area</translation>
    </message>
    <message>
      <source>&amp;Namn *</source>
      <translation>&amp;Name *</translation>
    </message>
    <message>
      <source>&amp;Spara som</source>
      <translation>&amp;Save as</translation>
    </message>
    <message>
      <source>&amp;Välj…</source>
      <translation>&amp;Choose…</translation>
    </message>
    <message>
      <source>Det finns redan en fil med det namnet. Välj ett annat namn.</source>
      <translation>A file with that name already exists. Choose another name.</translation>
    </message>
    <message>
      <source>Ge samverkan ett namn.</source>
      <translation>Give the collaboration a name.</translation>
    </message>
    <message>
      <source>Kommun</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <source>Lokalpolisområde</source>
      <translation>Local police area</translation>
    </message>
    <message>
      <source>Mappen finns inte. Välj en annan plats.</source>
      <translation>The folder does not exist. Choose another place.</translation>
    </message>
    <message>
      <source>Namn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Ny samverkan</source>
      <translation>New collaboration</translation>
    </message>
    <message>
      <source>Period &amp;från</source>
      <translation>Period &amp;from</translation>
    </message>
    <message>
      <source>Period &amp;till</source>
      <translation>Period &amp;to</translation>
    </message>
    <message>
      <source>Period från</source>
      <translation>Period from</translation>
    </message>
    <message>
      <source>Period till</source>
      <translation>Period to</translation>
    </message>
    <message>
      <source>Periodens slut ligger före dess start.</source>
      <translation>The period ends before it starts.</translation>
    </message>
    <message>
      <source>Samverka-filer (*.samverka)</source>
      <translation>Samverka files (*.samverka)</translation>
    </message>
    <message>
      <source>Spara samverkan som</source>
      <translation>Save collaboration as</translation>
    </message>
    <message>
      <source>Spara som</source>
      <translation>Save as</translation>
    </message>
    <message>
      <source>Välj var filen ska sparas.</source>
      <translation>Choose where to save the file.</translation>
    </message>
    <message>
      <source>Välj var filen sparas</source>
      <translation>Choose where the file is saved</translation>
    </message>
    <message>
      <source>t.ex. LPO Lund</source>
      <translation>e.g. LPO Lund</translation>
    </message>
    <message>
      <source>t.ex. Lund</source>
      <translation>e.g. Lund</translation>
    </message>
    <message>
      <source>t.ex. Lunds kommun och LPO Lund 2026–2029</source>
      <translation>e.g. Lund municipality and LPO Lund 2026–2029</translation>
    </message>
    <message>
      <source>ÅÅÅÅ-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <source>”{0}” i {1} är inget datum. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-01-01.</source>
      <translation>“{0}” in {1} is not a date. Write it as YYYY-MM-DD, for example 2026-01-01.</translation>
    </message>
  </context>
  <context>
    <name>NewRoundDialog</name>
    <message>
      <source>(inget möte)</source>
      <translation>(no meeting)</translation>
    </message>
    <message>
      <source>Antal deltagare</source>
      <translation>Number of participants</translation>
    </message>
    <message>
      <source>Möte</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <source>Ny omröstning</source>
      <translation>New vote</translation>
    </message>
    <message>
      <source>Rubrik</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Rösta på</source>
      <translation>Vote on</translation>
    </message>
    <message>
      <source>Röster per person</source>
      <translation>Votes per person</translation>
    </message>
    <message>
      <source>Tak per punkt</source>
      <translation>Cap per item</translation>
    </message>
    <message>
      <source>inget tak</source>
      <translation>no cap</translation>
    </message>
    <message>
      <source>okänt</source>
      <translation>unknown</translation>
    </message>
  </context>
  <context>
    <name>NextPeriodDialog</name>
    <message>
      <source>&amp;Namn *</source>
      <translation>&amp;Name *</translation>
    </message>
    <message>
      <source>&amp;Problem som följer med</source>
      <translation>&amp;Problems carried over</translation>
    </message>
    <message>
      <source>&amp;Spara som</source>
      <translation>&amp;Save as</translation>
    </message>
    <message>
      <source>&amp;Välj…</source>
      <translation>&amp;Choose…</translation>
    </message>
    <message>
      <source>En ny samverkansfil för nästa period. Med följer parter, personer och roller, områden, datakällor, de problem du väljer nedan med sina orsaker, åtgärder som inte är klara (med sin historik), indikatorer med sina mätserier och årshjulet. Den här filen ändras inte, och den nya filen pekar tillbaka hit så att uppföljningen kan jämföra perioderna.</source>
      <translation>A new collaboration file for the next period. It carries over the parties, people and roles, areas, data sources, the problems you choose below with their causes, unfinished measures (with their history), indicators with their series and the year wheel. This file is not changed, and the new file points back here so that the follow-up can compare the periods.</translation>
    </message>
    <message>
      <source>Ge den nya perioden ett namn.</source>
      <translation>Give the new period a name.</translation>
    </message>
    <message>
      <source>Namn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Nästa period är skapad och öppen: {0} problem, {1} åtgärder och {2} indikatorer följde med.</source>
      <translation>The next period is made and open: {0} problems, {1} measures and {2} indicators were carried over.</translation>
    </message>
    <message>
      <source>Period &amp;från</source>
      <translation>Period &amp;from</translation>
    </message>
    <message>
      <source>Period &amp;till</source>
      <translation>Period &amp;to</translation>
    </message>
    <message>
      <source>Period från</source>
      <translation>Period from</translation>
    </message>
    <message>
      <source>Period till</source>
      <translation>Period to</translation>
    </message>
    <message>
      <source>Problem som följer med</source>
      <translation>Problems carried over</translation>
    </message>
    <message>
      <source>Samverka-filer (*.samverka)</source>
      <translation>Samverka files (*.samverka)</translation>
    </message>
    <message>
      <source>Skapa och öppna</source>
      <translation>Create and open</translation>
    </message>
    <message>
      <source>Spara nästa period som</source>
      <translation>Save the next period as</translation>
    </message>
    <message>
      <source>Spara som</source>
      <translation>Save as</translation>
    </message>
    <message>
      <source>Starta nästa period</source>
      <translation>Start the next period</translation>
    </message>
    <message>
      <source>Välj var filen sparas</source>
      <translation>Choose where the file is saved</translation>
    </message>
    <message>
      <source>ÅÅÅÅ-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
  </context>
  <context>
    <name>NotesBox</name>
    <message>
      <source>Anteckning</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Egna anteckningar</source>
      <translation>Own notes</translation>
    </message>
    <message>
      <source>Egna anteckningar för det här steget. De visas aldrig på projektorn.</source>
      <translation>Your own notes for this step. They are never shown on the projector.</translation>
    </message>
    <message>
      <source>Metodstöd</source>
      <translation>Method guide</translation>
    </message>
    <message>
      <source>Omröstning</source>
      <translation>Vote</translation>
    </message>
  </context>
  <context>
    <name>ObservationHeatmap</name>
    <message>
      <source>Alla källor</source>
      <translation>All sources</translation>
    </message>
    <message>
      <source>Källa:</source>
      <translation>Source:</translation>
    </message>
  </context>
  <context>
    <name>Presenter</name>
    <message>
      <source>&amp;Presentera</source>
      <translation>&amp;Present</translation>
    </message>
    <message>
      <source>+ %n till</source>
      <translation>+ %n more</translation>
    </message>
    <message>
      <source>Blanksteg</source>
      <translation>Space</translation>
    </message>
    <message>
      <source>Byt skärmar</source>
      <translation>Swap screens</translation>
    </message>
    <message>
      <source>Börja från det här steget	Skift+F5</source>
      <translation>Start from this step	Shift+F5</translation>
    </message>
    <message>
      <source>Börja från första steget	F5</source>
      <translation>Start from the first step	F5</translation>
    </message>
    <message>
      <source>Börja visa från det här steget</source>
      <translation>Start presenting from this step</translation>
    </message>
    <message>
      <source>Börja visa från första steget</source>
      <translation>Start presenting from the first step</translation>
    </message>
    <message>
      <source>Dölj resultatet</source>
      <translation>Hide the result</translation>
    </message>
    <message>
      <source>En minut mer eller mindre</source>
      <translation>One minute more or less</translation>
    </message>
    <message>
      <source>Föregående steg</source>
      <translation>Previous step</translation>
    </message>
    <message>
      <source>Gå till steg</source>
      <translation>Go to step</translation>
    </message>
    <message>
      <source>Kortkommandon	?</source>
      <translation>Keyboard shortcuts	?</translation>
    </message>
    <message>
      <source>Nästa steg</source>
      <translation>Next step</translation>
    </message>
    <message>
      <source>Presentatör</source>
      <translation>Presenter</translation>
    </message>
    <message>
      <source>Skift+F5</source>
      <translation>Shift+F5</translation>
    </message>
    <message>
      <source>Sluta visa</source>
      <translation>Stop presenting</translation>
    </message>
    <message>
      <source>Sluta visa	Esc</source>
      <translation>Stop presenting	Esc</translation>
    </message>
    <message>
      <source>Starta eller pausa timern</source>
      <translation>Start or pause the timer</translation>
    </message>
    <message>
      <source>Svart skärm	B</source>
      <translation>Black screen	B</translation>
    </message>
    <message>
      <source>Svart skärm (igen: tillbaka)</source>
      <translation>Black screen (again: back)</translation>
    </message>
    <message>
      <source>Timerns längd</source>
      <translation>Timer length</translation>
    </message>
    <message>
      <source>Visa eller dölj resultat</source>
      <translation>Show or hide results</translation>
    </message>
    <message>
      <source>Visa eller stäng den här listan</source>
      <translation>Show or close this list</translation>
    </message>
    <message>
      <source>Visa resultatet</source>
      <translation>Show the result</translation>
    </message>
    <message>
      <source>Visa/dölj resultat	H</source>
      <translation>Show/hide results	H</translation>
    </message>
    <message>
      <source>Vit skärm	W</source>
      <translation>White screen	W</translation>
    </message>
    <message>
      <source>Vit skärm (igen: tillbaka)</source>
      <translation>White screen (again: back)</translation>
    </message>
    <message>
      <source>siffra + Enter</source>
      <translation>digit + Enter</translation>
    </message>
  </context>
  <context>
    <name>PresenterPanel</name>
    <message>
      <source>5 varför (komplement)</source>
      <translation>Five whys (complement)</translation>
    </message>
    <message>
      <source>Brottstriangeln</source>
      <translation>Crime triangle</translation>
    </message>
    <message>
      <source>Byt skärmar</source>
      <translation>Swap screens</translation>
    </message>
    <message>
      <source>En skärm: projektorbilden visas i ett förhandsvisningsfönster.</source>
      <translation>One screen: the projector view is shown in a preview window.</translation>
    </message>
    <message>
      <source>Fiskben</source>
      <translation>Fishbone</translation>
    </message>
    <message>
      <source>Fäll ihop till en rad ▾</source>
      <translation>Fold into one row ▾</translation>
    </message>
    <message>
      <source>Ger sidan hela bredden; timern och knapparna finns kvar längst ner.</source>
      <translation>Gives the page the full width; the timer and the buttons stay at the bottom.</translation>
    </message>
    <message>
      <source>Händelsekedja</source>
      <translation>Event chain</translation>
    </message>
    <message>
      <source>Kortkommandon</source>
      <translation>Shortcuts</translation>
    </message>
    <message>
      <source>Lista med röster</source>
      <translation>List with votes</translation>
    </message>
    <message>
      <source>Nu: %1 · %2</source>
      <translation>Now: %1 · %2</translation>
    </message>
    <message>
      <source>Nästa ▶</source>
      <translation>Next ▶</translation>
    </message>
    <message>
      <source>Nästa: %1 · %2</source>
      <translation>Next: %1 · %2</translation>
    </message>
    <message>
      <source>Nästa: – (sista steget)</source>
      <translation>Next: – (last step)</translation>
    </message>
    <message>
      <source>Orsaker på projektorn:</source>
      <translation>Causes on the projector:</translation>
    </message>
    <message>
      <source>Orsaksträd</source>
      <translation>Cause tree</translation>
    </message>
    <message>
      <source>Skift+F5</source>
      <translation>Shift+F5</translation>
    </message>
    <message>
      <source>Skärmen är svart.</source>
      <translation>The screen is black.</translation>
    </message>
    <message>
      <source>Skärmen är vit.</source>
      <translation>The screen is white.</translation>
    </message>
    <message>
      <source>Sluta visa</source>
      <translation>Stop showing</translation>
    </message>
    <message>
      <source>Svart skärm</source>
      <translation>Black screen</translation>
    </message>
    <message>
      <source>Visa från steg 1</source>
      <translation>Show from step 1</translation>
    </message>
    <message>
      <source>Visa härifrån</source>
      <translation>Show from here</translation>
    </message>
    <message>
      <source>Visa/dölj resultat</source>
      <translation>Show/hide results</translation>
    </message>
    <message>
      <source>Visar inte. Tryck F5 för att börja.</source>
      <translation>Not presenting. Press F5 to start.</translation>
    </message>
    <message>
      <source>Visas på projektorn.</source>
      <translation>Shown on the projector.</translation>
    </message>
    <message>
      <source>Vit skärm</source>
      <translation>White screen</translation>
    </message>
    <message>
      <source>◀ Föregående</source>
      <translation>◀ Previous</translation>
    </message>
  </context>
  <context>
    <name>PresenterStrip</name>
    <message>
      <source>Föregående steg (←)</source>
      <translation>Previous step (←)</translation>
    </message>
    <message>
      <source>Nästa steg (→)</source>
      <translation>Next step (→)</translation>
    </message>
    <message>
      <source>Paus</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Presentatörsrad</source>
      <translation>Presenter row</translation>
    </message>
    <message>
      <source>Starta</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Svart</source>
      <translation>Black</translation>
    </message>
    <message>
      <source>Svart skärm (B)</source>
      <translation>Black screen (B)</translation>
    </message>
    <message>
      <source>Timern (T)</source>
      <translation>The timer (T)</translation>
    </message>
    <message>
      <source>Visa hela presentatörspanelen</source>
      <translation>Show the whole presenter panel</translation>
    </message>
    <message>
      <source>Visa panelen</source>
      <translation>Show the panel</translation>
    </message>
    <message>
      <source>Vit</source>
      <translation>White</translation>
    </message>
    <message>
      <source>Vit skärm (W)</source>
      <translation>White screen (W)</translation>
    </message>
  </context>
  <context>
    <name>PrioriteringPage</name>
    <message>
      <source>Ej prövat: {0}</source>
      <translation>Not judged: {0}</translation>
    </message>
    <message>
      <source>Ge varje problem 0–3 poäng per kriterium (0 = inte alls, 3 = i hög grad); summan viktas. Resurser och möjlighet att påverka är filter: skriv j eller n. De räknas inte in i summan, och ett problem som inte klarar ett filter hamnar sist. Bocka i de problem ni väljer och skriv varför.</source>
      <translation>Give each problem 0–3 points per criterion (0 = not at all, 3 = to a high degree); the total is weighted. Resources and the ability to influence are filters: type y or n (j/n). They are not added to the total, and a problem that fails a filter ranks last. Tick the problems you choose and write why.</translation>
    </message>
    <message>
      <source>Klarar filtren</source>
      <translation>Passes the filters</translation>
    </message>
    <message>
      <source>Klarar inte: {0}</source>
      <translation>Fails: {0}</translation>
    </message>
    <message>
      <source>Kriterier och vikter</source>
      <translation>Criteria and weights</translation>
    </message>
    <message>
      <source>Nytt kriterium</source>
      <translation>New criterion</translation>
    </message>
    <message>
      <source>Nytt problem</source>
      <translation>New problem</translation>
    </message>
    <message>
      <source>Poäng 0–3</source>
      <translation>Score 0–3</translation>
    </message>
    <message>
      <source>Poängen är ett heltal från 0 till 3.</source>
      <translation>The score is a whole number from 0 to 3.</translation>
    </message>
    <message>
      <source>Poängmatris: problem och kriterier</source>
      <translation>Score matrix: problems and criteria</translation>
    </message>
    <message>
      <source>Poängsättning och rangordning</source>
      <translation>Scoring and ranking</translation>
    </message>
    <message>
      <source>Problemkandidater</source>
      <translation>Problem candidates</translation>
    </message>
    <message>
      <source>Rangordning</source>
      <translation>Ranking</translation>
    </message>
    <message>
      <source>Varför problemet väljs</source>
      <translation>Why the problem is chosen</translation>
    </message>
  </context>
  <context>
    <name>ProblemPage</name>
    <message>
      <source>Iakttagelse</source>
      <translation>Observation</translation>
    </message>
    <message>
      <source>Iakttagelse: {0}</source>
      <translation>Observation: {0}</translation>
    </message>
    <message>
      <source>Koppla</source>
      <translation>Link</translation>
    </message>
    <message>
      <source>Koppla underlag</source>
      <translation>Link evidence</translation>
    </message>
    <message>
      <source>Koppla underlag från lägesbilden</source>
      <translation>Link evidence from the situation picture</translation>
    </message>
    <message>
      <source>Lägg till ett problem i fokus utan att gå via prioriteringen</source>
      <translation>Add a problem in focus without going through the prioritisation</translation>
    </message>
    <message>
      <source>Ny grupp</source>
      <translation>New group</translation>
    </message>
    <message>
      <source>Nytt problem</source>
      <translation>New problem</translation>
    </message>
    <message>
      <source>Ta bort koppling</source>
      <translation>Remove link</translation>
    </message>
    <message>
      <source>Trygghetsmätning</source>
      <translation>Safety survey</translation>
    </message>
    <message>
      <source>Trygghetsmätning: {0}</source>
      <translation>Safety survey: {0}</translation>
    </message>
    <message>
      <source>Underlag att koppla</source>
      <translation>Evidence to link</translation>
    </message>
    <message>
      <source>Välj en iakttagelse eller ett mätresultat…</source>
      <translation>Choose an observation or a survey result…</translation>
    </message>
    <message>
      <source>Välj först vilket underlag som ska kopplas.</source>
      <translation>First choose which evidence to link.</translation>
    </message>
  </context>
  <context>
    <name>ProblemPicker</name>
    <message>
      <source>Inga problem i fokus ännu – välj dem i steg 3</source>
      <translation>No problems in focus yet – choose them in step 3</translation>
    </message>
    <message>
      <source>Problem i fokus</source>
      <translation>Problem in focus</translation>
    </message>
    <message>
      <source>Problem i fokus:</source>
      <translation>Problem in focus:</translation>
    </message>
    <message>
      <source>Steg 4–7 arbetar med ett problem i taget. Välj vilket här.</source>
      <translation>Steps 4–7 work on one problem at a time. Choose which here.</translation>
    </message>
  </context>
  <context>
    <name>PromisesPage</name>
    <message>
      <source>Bygg löftena av valda åtgärder och skriv dem så att invånarna förstår dem: konkret, i vardaglig svenska, med vem som håller löftet, hur mycket (t.ex. 26 kvällar), var och när – och bara sådant ni faktiskt kan hålla.</source>
      <translation>Build the promises from chosen measures and write them so residents understand them: concrete, in everyday language, with who keeps the promise, how much (e.g. 26 evenings), where and when – and only what you can actually keep.</translation>
    </message>
    <message>
      <source>Föreslå formulering</source>
      <translation>Suggest wording</translation>
    </message>
    <message>
      <source>Förnya för en ny period…</source>
      <translation>Renew for a new period…</translation>
    </message>
    <message>
      <source>Förnya medborgarlöftet</source>
      <translation>Renew the citizen promise</translation>
    </message>
    <message>
      <source>Lägg till från åtgärd</source>
      <translation>Add from measure</translation>
    </message>
    <message>
      <source>Lägg till löfte</source>
      <translation>Add promise</translation>
    </message>
    <message>
      <source>Löftet bygger inte på någon åtgärd; välj en under ”Bygger på åtgärd” eller skriv formuleringen själv.</source>
      <translation>The promise builds on no measure; choose one under "Builds on measure" or write the wording yourself.</translation>
    </message>
    <message>
      <source>Nytt medborgarlöfte</source>
      <translation>New citizen promise</translation>
    </message>
    <message>
      <source>Skriv om det markerade löftet från dess åtgärd och ansvariga part (kan ångras).</source>
      <translation>Rewrite the selected promise from its measure and responsible party (can be undone).</translation>
    </message>
    <message>
      <source>Texter i medborgarlöftet</source>
      <translation>Texts of the citizen promise</translation>
    </message>
    <message>
      <source>Visa tidigare versioner</source>
      <translation>Show earlier versions</translation>
    </message>
    <message>
      <source>Åtgärd att bygga ett löfte av</source>
      <translation>Measure to build a promise from</translation>
    </message>
  </context>
  <context>
    <name>RenewDialog</name>
    <message>
      <source>Ange en period där slutet kommer efter starten.</source>
      <translation>Enter a period that ends after it starts.</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Förnya</source>
      <translation>Renew</translation>
    </message>
    <message>
      <source>Förnya medborgarlöftet</source>
      <translation>Renew the citizen promise</translation>
    </message>
    <message>
      <source>Gäller från</source>
      <translation>Valid from</translation>
    </message>
    <message>
      <source>Gäller till</source>
      <translation>Valid until</translation>
    </message>
    <message>
      <source>Skriv datumen som ÅÅÅÅ-MM-DD.</source>
      <translation>Write the dates as YYYY-MM-DD.</translation>
    </message>
    <message>
      <source>Version {0} gäller till {1}. Förnyelsen blir version {2} med samma löften; statusarna stannar i den gamla versionen.</source>
      <translation>Version {0} is valid until {1}. The renewal becomes version {2} with the same promises; the statuses stay with the old version.</translation>
    </message>
    <message>
      <source>Återrapportering</source>
      <translation>Report back</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>&amp;Återställ</source>
      <translation>&amp;Restore</translation>
    </message>
    <message>
      <source>Anledning</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Det finns inga säkerhetskopior av den här filen ännu.</source>
      <translation>There are no backups of this file yet.</translation>
    </message>
    <message>
      <source>Ersätta {0} med kopian från {1}? Den nuvarande filen sparas först.</source>
      <translation>Replace {0} with the copy from {1}? The current file is saved first.</translation>
    </message>
    <message>
      <source>Storlek</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>Säkerhetskopior</source>
      <translation>Backups</translation>
    </message>
    <message>
      <source>Tidpunkt</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Välj den kopia av {0} som ska ersätta filen. Den nuvarande filen sparas först som en egen säkerhetskopia, så återställningen kan ångras.</source>
      <translation>Choose the copy of {0} that should replace the file. The current file is first saved as a backup of its own, so the restore can be undone.</translation>
    </message>
    <message>
      <source>Återställ en säkerhetskopia</source>
      <translation>Restore a backup</translation>
    </message>
    <message>
      <source>Återställningen gjordes inte</source>
      <translation>The restore was not done</translation>
    </message>
  </context>
  <context>
    <name>RowTable</name>
    <message>
      <source>Lägg till</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>Lägg till en rad (Insert)</source>
      <translation>Add a row (Insert)</translation>
    </message>
    <message>
      <source>Ta bort</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Ta bort den markerade raden (Delete). Kan ångras.</source>
      <translation>Remove the selected row (Delete). Can be undone.</translation>
    </message>
  </context>
  <context>
    <name>SamverkanPage</name>
    <message>
      <source>Bocka i Undertecknar för kommunstyrelsens ordförande (eller kommundirektören) och lokalpolisområdeschefen. De blir undertecknare av överenskommelsen i steg 7, med namn, titel och organisation härifrån.</source>
      <translation>Tick Signs for the chair of the municipal executive board (or the municipal CEO) and the local police area chief. They become the signatories of the agreement in step 7, with name, title and organisation from here.</translation>
    </message>
    <message>
      <source>Filen där är en annan samverkan nu.</source>
      <translation>The file there is another collaboration now.</translation>
    </message>
    <message>
      <source>Filen finns inte längre där; den kan ha flyttats.</source>
      <translation>The file is no longer there; it may have been moved.</translation>
    </message>
    <message>
      <source>Fortsätter förra perioden: {0} ({1}).</source>
      <translation>Continues the previous period: {0} ({1}).</translation>
    </message>
    <message>
      <source>Ge en person rollen Samordningsfunktion (kommunens samordnare enligt lag 2023:196) och en person rollen Kommunikationsansvarig. Välj personen, gruppen och rollen i tabellen.</source>
      <translation>Give one person the role Coordination function (the kommun's coordinator under Act 2023:196) and one person the role Communication lead. Choose the person, the group and the role in the table.</translation>
    </message>
    <message>
      <source>Grupper och roller</source>
      <translation>Groups and roles</translation>
    </message>
    <message>
      <source>Lägg först till en person under fliken Personer.</source>
      <translation>First add a person on the People tab.</translation>
    </message>
    <message>
      <source>Möten</source>
      <translation>Meetings</translation>
    </message>
    <message>
      <source>Ny organisation</source>
      <translation>New organisation</translation>
    </message>
    <message>
      <source>Ny person</source>
      <translation>New person</translation>
    </message>
    <message>
      <source>Nytt möte</source>
      <translation>New meeting</translation>
    </message>
    <message>
      <source>Närvarande (bocka i)</source>
      <translation>Present (tick)</translation>
    </message>
    <message>
      <source>Närvarande vid mötet</source>
      <translation>Present at the meeting</translation>
    </message>
    <message>
      <source>Närvaro</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <source>Parter</source>
      <translation>Parties</translation>
    </message>
    <message>
      <source>Personer</source>
      <translation>People</translation>
    </message>
    <message>
      <source>Samverkan och period</source>
      <translation>Collaboration and period</translation>
    </message>
    <message>
      <source>Årshjul</source>
      <translation>Year wheel</translation>
    </message>
    <message>
      <source>Öppna förra perioden</source>
      <translation>Open the previous period</translation>
    </message>
  </context>
  <context>
    <name>ScoreMatrix</name>
    <message>
      <source>(filter)</source>
      <translation>(filter)</translation>
    </message>
    <message>
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>Nej</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Viktad
summa</source>
      <translation>Weighted
total</translation>
    </message>
    <message>
      <source>{0} – {1}: filter, ja eller nej (skriv j eller n). Räknas inte in i summan.</source>
      <translation>{0} – {1}: a filter, yes or no (type y or n). Not added to the total.</translation>
    </message>
  </context>
  <context>
    <name>SectionEditor</name>
    <message>
      <source>Avsnitt</source>
      <translation>Sections</translation>
    </message>
    <message>
      <source>Avsnittet är tomt: välj det och skriv dess text. Det som krävs för att låsa står under ”Det här saknas”.</source>
      <translation>The section is empty: choose it and write its text. What locking needs is listed under “What is missing”.</translation>
    </message>
    <message>
      <source>Avsnittets text</source>
      <translation>The section's text</translation>
    </message>
    <message>
      <source>Egen text (ersätter den genererade).</source>
      <translation>Own text (replaces the generated one).</translation>
    </message>
    <message>
      <source>Genererad från de tidigare stegen; uppdateras när de ändras.</source>
      <translation>Generated from the earlier steps; updated when they change.</translation>
    </message>
    <message>
      <source>Texten skrivs här och används i överenskommelsen; den följer med till nästa version.</source>
      <translation>The text is written here and used in the agreement; it carries over to the next version.</translation>
    </message>
    <message>
      <source>Texten är ändrad här och skiljer sig från den genererade.</source>
      <translation>The text was changed here and differs from the generated one.</translation>
    </message>
    <message>
      <source>Ändra avsnittet</source>
      <translation>Change the section</translation>
    </message>
    <message>
      <source>Återställ genererad text</source>
      <translation>Restore the generated text</translation>
    </message>
    <message>
      <source>Överenskommelsens avsnitt</source>
      <translation>The agreement's sections</translation>
    </message>
  </context>
  <context>
    <name>Sections</name>
    <message>
      <source>Brås kriterier och vikter</source>
      <translation>Brå's criteria and weights</translation>
    </message>
    <message>
      <source>Datakällor</source>
      <translation>Data sources</translation>
    </message>
    <message>
      <source>Grupper och roller</source>
      <translation>Groups and roles</translation>
    </message>
    <message>
      <source>Iakttagelser</source>
      <translation>Observations</translation>
    </message>
    <message>
      <source>Indikatorer</source>
      <translation>Indicators</translation>
    </message>
    <message>
      <source>Löften</source>
      <translation>Promises</translation>
    </message>
    <message>
      <source>Löftena som gäller</source>
      <translation>The promises in force</translation>
    </message>
    <message>
      <source>Medborgarlöften</source>
      <translation>Citizen promises</translation>
    </message>
    <message>
      <source>Mätningar</source>
      <translation>Measurements</translation>
    </message>
    <message>
      <source>Mål för problemet</source>
      <translation>Goals for the problem</translation>
    </message>
    <message>
      <source>Möten</source>
      <translation>Meetings</translation>
    </message>
    <message>
      <source>Områden</source>
      <translation>Areas</translation>
    </message>
    <message>
      <source>Parter och organisationer</source>
      <translation>Parties and organisations</translation>
    </message>
    <message>
      <source>Parternas egna lägesbilder</source>
      <translation>The parties' own situation pictures</translation>
    </message>
    <message>
      <source>Personer</source>
      <translation>People</translation>
    </message>
    <message>
      <source>Problemkandidater</source>
      <translation>Problem candidates</translation>
    </message>
    <message>
      <source>Statusrapporter för vald åtgärd</source>
      <translation>Status reports for the selected measure</translation>
    </message>
    <message>
      <source>Strategiska delmål för hela samverkan</source>
      <translation>Strategic sub-goals for the whole collaboration</translation>
    </message>
    <message>
      <source>Underlag som stöder beskrivningen</source>
      <translation>Evidence supporting the description</translation>
    </message>
    <message>
      <source>Undertecknare</source>
      <translation>Signatories</translation>
    </message>
    <message>
      <source>Uppföljningar av valt löfte</source>
      <translation>Follow-ups of the selected promise</translation>
    </message>
    <message>
      <source>Uppföljningsrapporter</source>
      <translation>Follow-up reports</translation>
    </message>
    <message>
      <source>Utsatta grupper</source>
      <translation>Affected groups</translation>
    </message>
    <message>
      <source>Versioner</source>
      <translation>Versions</translation>
    </message>
    <message>
      <source>Årets händelser</source>
      <translation>The year's events</translation>
    </message>
    <message>
      <source>Åtgärder</source>
      <translation>Measures</translation>
    </message>
    <message>
      <source>Åtgärdernas läge</source>
      <translation>Where the measures stand</translation>
    </message>
  </context>
  <context>
    <name>ShortcutOverlay</name>
    <message>
      <source>Kortkommandon för presentationen</source>
      <translation>Keyboard shortcuts for presenting</translation>
    </message>
    <message>
      <source>Tangenterna fungerar när du inte skriver i ett textfält.</source>
      <translation>The keys work when you are not typing in a text field.</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <source>Kortkommandon</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <source>Tryck Esc eller ? för att stänga.</source>
      <translation>Press Esc or ? to close.</translation>
    </message>
  </context>
  <context>
    <name>SignDialog</name>
    <message>
      <source>Annan undertecknare</source>
      <translation>Another signer</translation>
    </message>
    <message>
      <source>Certifikat som Samverka skapar</source>
      <translation>Certificate made by Samverka</translation>
    </message>
    <message>
      <source>Certifikatet tillhör %1, men fältet är till för %2.

Ska %1 skriva under i stället för %2? Kontrollen av underskrifterna visar det som en godkänd avvikelse.</source>
      <translation>The certificate belongs to %1, but the field is for %2.

Should %1 sign instead of %2? The signature check shows it as an accepted deviation.</translation>
    </message>
    <message>
      <source>Certifikatfil (.p12/.pfx)</source>
      <translation>Certificate file (.p12/.pfx)</translation>
    </message>
    <message>
      <source>Certifikatfiler (*.p12 *.pfx);;Alla filer (*)</source>
      <translation>Certificate files (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
      <source>Fil:</source>
      <translation>File:</translation>
    </message>
    <message>
      <source>Hur vill du skriva under?</source>
      <translation>How do you want to sign?</translation>
    </message>
    <message>
      <source>Kontrollera underskrifter…</source>
      <translation>Check signatures…</translation>
    </message>
    <message>
      <source>Kort eller e-legitimation i kortläsare (PKCS#11)</source>
      <translation>Card or e-ID in a card reader (PKCS#11)</translation>
    </message>
    <message>
      <source>Kortets etikett:</source>
      <translation>Card label:</translation>
    </message>
    <message>
      <source>Lösenfras:</source>
      <translation>Passphrase:</translation>
    </message>
    <message>
      <source>Nyckelns etikett:</source>
      <translation>Key label:</translation>
    </message>
    <message>
      <source>PIN-kod:</source>
      <translation>PIN:</translation>
    </message>
    <message>
      <source>PKCS#11-modul:</source>
      <translation>PKCS#11 module:</translation>
    </message>
    <message>
      <source>Registrera</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Registrera att undertecknaren har skrivit under den utskrivna överenskommelsen. Förvara pappret enligt er dokumenthantering.</source>
      <translation>Record that the signatory has signed the printed agreement. Keep the paper according to your records management.</translation>
    </message>
    <message>
      <source>Rensa</source>
      <translation>Clear</translation>
    </message>
    <message>
      <source>Rita din underskrift (valfritt, visas i överenskommelsen):</source>
      <translation>Draw your signature (optional, shown in the agreement):</translation>
    </message>
    <message>
      <source>Samverka skapar ett certifikat åt dig. Det visar att överenskommelsen inte har ändrats efter underskriften, men &lt;b&gt;inte vem som skrev under&lt;/b&gt;. Använd hellre ditt e-tjänstekort eller en certifikatfil från din organisation när det går.</source>
      <translation>Samverka makes a certificate for you. It shows that the agreement has not been changed after the signature, but &lt;b&gt;not who signed it&lt;/b&gt;. Use your organisation's e-service card or certificate file when you can.</translation>
    </message>
    <message>
      <source>Samverkan är öppen skrivskyddat; ingen kan skriva under härifrån.</source>
      <translation>The collaboration is open read-only; nobody can sign from here.</translation>
    </message>
    <message>
      <source>Skriv under</source>
      <translation>Sign</translation>
    </message>
    <message>
      <source>Skriv under överenskommelsen</source>
      <translation>Sign the agreement</translation>
    </message>
    <message>
      <source>Underskrift på papper (registrera)</source>
      <translation>Signed on paper (record it)</translation>
    </message>
    <message>
      <source>Undertecknare:</source>
      <translation>Signatory:</translation>
    </message>
    <message>
      <source>Välj PKCS#11-modul</source>
      <translation>Choose the PKCS#11 module</translation>
    </message>
    <message>
      <source>Välj certifikatfil</source>
      <translation>Choose a certificate file</translation>
    </message>
    <message>
      <source>Välj…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>Överenskommelsen är %1. %2</source>
      <translation>The agreement is %1. %2</translation>
    </message>
  </context>
  <context>
    <name>SignaturePad</name>
    <message>
      <source>Rita din underskrift här</source>
      <translation>Draw your signature here</translation>
    </message>
    <message>
      <source>Rita din underskrift med mus, penna eller finger.</source>
      <translation>Draw your signature with a mouse, pen or finger.</translation>
    </message>
    <message>
      <source>Underskriftsyta</source>
      <translation>Signature pad</translation>
    </message>
  </context>
  <context>
    <name>SmartPanel</name>
    <message>
      <source>SMART-kontroll</source>
      <translation>SMART check</translation>
    </message>
    <message>
      <source>Välj ett mål i tabellen.</source>
      <translation>Choose a goal in the table.</translation>
    </message>
  </context>
  <context>
    <name>SurveyImportDialog</name>
    <message>
      <source>(osäkert, n&lt;30)</source>
      <translation>(uncertain, n&lt;30)</translation>
    </message>
    <message>
      <source>Ark:</source>
      <translation>Sheet:</translation>
    </message>
    <message>
      <source>En påhittad mätning med Lunds områden, för att se hur importen och diagrammen fungerar</source>
      <translation>A made-up survey with Lund's areas, to see how the import and the charts work</translation>
    </message>
    <message>
      <source>Fråga</source>
      <translation>Question</translation>
    </message>
    <message>
      <source>Förhandsvisning av godkända värden:</source>
      <translation>Preview of accepted values:</translation>
    </message>
    <message>
      <source>Hoppa över de avvisade raderna och importera resten</source>
      <translation>Skip the rejected rows and import the rest</translation>
    </message>
    <message>
      <source>Importera</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Importera trygghetsmätning</source>
      <translation>Import safety survey</translation>
    </message>
    <message>
      <source>Ingen fil vald.</source>
      <translation>No file chosen.</translation>
    </message>
    <message>
      <source>Kalkylark (*.csv *.txt *.tsv *.xlsx);;Alla filer (*)</source>
      <translation>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</translation>
    </message>
    <message>
      <source>Kod</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Kolumnmappning…</source>
      <translation>Column mapping…</translation>
    </message>
    <message>
      <source>Koppla %1 till ett befintligt område</source>
      <translation>Link %1 to an existing area</translation>
    </message>
    <message>
      <source>Koppla till</source>
      <translation>Link to</translation>
    </message>
    <message>
      <source>Läser %1 …</source>
      <translation>Reading %1 …</translation>
    </message>
    <message>
      <source>Namn i filen</source>
      <translation>Name in the file</translation>
    </message>
    <message>
      <source>Nya områden: om ett område bara har bytt namn eller kod, koppla det till det befintliga området så hamnar värdena i samma serie.</source>
      <translation>New areas: if an area has only changed name or code, link it to the existing area so the values end up in the same series.</translation>
    </message>
    <message>
      <source>Område</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Prova med exempelfilen</source>
      <translation>Try the sample file</translation>
    </message>
    <message>
      <source>Rapport (inget har sparats ännu):</source>
      <translation>Report (nothing has been saved yet):</translation>
    </message>
    <message>
      <source>Samma som: %1</source>
      <translation>Same as: %1</translation>
    </message>
    <message>
      <source>Skapa nytt område</source>
      <translation>Create a new area</translation>
    </message>
    <message>
      <source>Svarande</source>
      <translation>Respondents</translation>
    </message>
    <message>
      <source>Typ</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Uppdelning</source>
      <translation>Breakdown</translation>
    </message>
    <message>
      <source>Välj filen med trygghetsmätningen (CSV eller Excel, ett värde per rad eller en tabell per område).
Har du ingen fil till hands: prova med exempelfilen, en påhittad mätning med Lunds områden.</source>
      <translation>Choose the file with the safety survey (CSV or Excel, one value per row or a table per area).
No file at hand? Try the sample file, a made-up survey with Lund's areas.</translation>
    </message>
    <message>
      <source>Välj fil…</source>
      <translation>Choose file…</translation>
    </message>
    <message>
      <source>Välj trygghetsmätning</source>
      <translation>Choose safety survey</translation>
    </message>
    <message>
      <source>Värde</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>År</source>
      <translation>Year</translation>
    </message>
  </context>
  <context>
    <name>SurveyPanel</name>
    <message>
      <source>&amp;Diagram:</source>
      <translation>&amp;Chart:</translation>
    </message>
    <message>
      <source>&amp;Fråga:</source>
      <translation>&amp;Question:</translation>
    </message>
    <message>
      <source>&amp;Källa:</source>
      <translation>&amp;Source:</translation>
    </message>
    <message>
      <source>&amp;Område:</source>
      <translation>&amp;Area:</translation>
    </message>
    <message>
      <source>&amp;Uppdelning:</source>
      <translation>&amp;Breakdown:</translation>
    </message>
    <message>
      <source>&amp;År:</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <source>Alla källor</source>
      <translation>All sources</translation>
    </message>
    <message>
      <source>Importera trygghetsmätning (%1)</source>
      <translation>Import safety survey (%1)</translation>
    </message>
    <message>
      <source>Importera trygghetsmätning…</source>
      <translation>Import safety survey…</translation>
    </message>
    <message>
      <source>Importerar %1 …</source>
      <translation>Importing %1 …</translation>
    </message>
    <message>
      <source>Importerat: %1 nya värden, %2 ersatta, %3 oförändrade.</source>
      <translation>Imported: %1 new values, %2 replaced, %3 unchanged.</translation>
    </message>
    <message>
      <source>Inga resultat från trygghetsmätningen ännu.
Importera en CSV- eller Excel-fil med knappen ”Importera trygghetsmätning…”.</source>
      <translation>No safety survey results yet.
Import a CSV or Excel file with the button “Import safety survey…”.</translation>
    </message>
    <message>
      <source>Kvinnor/män och åldrar</source>
      <translation>Women/men and ages</translation>
    </message>
    <message>
      <source>Område jämfört med kommunen</source>
      <translation>Area compared with the municipality</translation>
    </message>
    <message>
      <source>Områden rangordnade</source>
      <translation>Areas ranked</translation>
    </message>
    <message>
      <source>Utveckling per område</source>
      <translation>Trend per area</translation>
    </message>
    <message>
      <source>Veckodag × timme (iakttagelser)</source>
      <translation>Weekday × hour (observations)</translation>
    </message>
  </context>
  <context>
    <name>SurveyProjectionView</name>
    <message>
      <source>Inga resultat från trygghetsmätningen ännu.</source>
      <translation>No safety survey results yet.</translation>
    </message>
  </context>
  <context>
    <name>Tasks</name>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Avbryter…</source>
      <translation>Cancelling…</translation>
    </message>
  </context>
  <context>
    <name>TimerBox</name>
    <message>
      <source>+1 min  (+)</source>
      <translation>+1 min  (+)</translation>
    </message>
    <message>
      <source>En minut mindre (−)</source>
      <translation>One minute less (−)</translation>
    </message>
    <message>
      <source>En minut till (+)</source>
      <translation>One minute more (+)</translation>
    </message>
    <message>
      <source>Ljud vid noll</source>
      <translation>Sound at zero</translation>
    </message>
    <message>
      <source>Nollställ</source>
      <translation>Reset</translation>
    </message>
    <message>
      <source>Paus  (T)</source>
      <translation>Pause  (T)</translation>
    </message>
    <message>
      <source>Spara längden för steget</source>
      <translation>Save the length for the step</translation>
    </message>
    <message>
      <source>Starta  (T)</source>
      <translation>Start  (T)</translation>
    </message>
    <message>
      <source>Starta om timern på %1 minuter</source>
      <translation>Restart the timer at %1 minutes</translation>
    </message>
    <message>
      <source>Timer</source>
      <translation>Timer</translation>
    </message>
    <message>
      <source>Timern börjar med den här längden nästa gång steget visas.</source>
      <translation>The timer starts with this length the next time the step is shown.</translation>
    </message>
    <message>
      <source>−1 min  (−)</source>
      <translation>−1 min  (−)</translation>
    </message>
  </context>
  <context>
    <name>TrustListDialog</name>
    <message>
      <source>Betrodda certifikat</source>
      <translation>Trusted certificates</translation>
    </message>
    <message>
      <source>Certifikat (*.pem *.crt *.cer *.der);;Alla (*)</source>
      <translation>Certificates (*.pem *.crt *.cer *.der);;All (*)</translation>
    </message>
    <message>
      <source>En underskrift räknas som betrodd bara om certifikatet kedjar till ett certifikat i listan, till exempel utfärdaren av organisationernas e-tjänstekort. Utan betrodda certifikat visar kontrollen bara att dokumentet är oförändrat, inte vem som skrev under.</source>
      <translation>A signature counts as trusted only if its certificate chains to a certificate in the list, for example the issuer of the organisations' service cards. Without trusted certificates the check only shows that the document is unchanged, not who signed it.</translation>
    </message>
    <message>
      <source>Lägg till…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Ta bort</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Välj certifikat att lita på</source>
      <translation>Choose certificates to trust</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <source>Kunde inte göra om</source>
      <translation>Could not redo</translation>
    </message>
    <message>
      <source>Kunde inte ångra</source>
      <translation>Could not undo</translation>
    </message>
  </context>
  <context>
    <name>VerifyDialog</name>
    <message>
      <source>Kontrollera underskrifterna</source>
      <translation>Check the signatures</translation>
    </message>
  </context>
  <context>
    <name>VerifyView</name>
    <message>
      <source>Alla underskrifter håller: inget har ändrats efter dem utom tillåtna underskrifter.</source>
      <translation>Every signature holds: nothing was changed after them except allowed signatures.</translation>
    </message>
    <message>
      <source>Betrodd</source>
      <translation>Trusted</translation>
    </message>
    <message>
      <source>Betrodda certifikat…</source>
      <translation>Trusted certificates…</translation>
    </message>
    <message>
      <source>Certifierar</source>
      <translation>Certifies</translation>
    </message>
    <message>
      <source>Certifikat (*.pem *.crt *.cer *.der);;Alla (*)</source>
      <translation>Certificates (*.pem *.crt *.cer *.der);;All (*)</translation>
    </message>
    <message>
      <source>Certifikat (SHA-256)</source>
      <translation>Certificate (SHA-256)</translation>
    </message>
    <message>
      <source>Den första underskriften låser överenskommelsen: bara underskrifter får läggas till.</source>
      <translation>The first signature locks the agreement: only signatures may be added.</translation>
    </message>
    <message>
      <source>Dokumentet</source>
      <translation>The document</translation>
    </message>
    <message>
      <source>Efter underskriften</source>
      <translation>After the signature</translation>
    </message>
    <message>
      <source>Fältet är till för</source>
      <translation>The field is for</translation>
    </message>
    <message>
      <source>Godkänd avvikelse</source>
      <translation>Accepted deviation</translation>
    </message>
    <message>
      <source>HÅLLER INTE</source>
      <translation>DOES NOT HOLD</translation>
    </message>
    <message>
      <source>Identiteten har inte kontrollerats (inga betrodda certifikat), så det visar inte vem som skrev under.</source>
      <translation>Identity was not checked (no trusted certificates), so this does not show who signed.</translation>
    </message>
    <message>
      <source>Ingen PDF att kontrollera ännu.</source>
      <translation>No PDF to check yet.</translation>
    </message>
    <message>
      <source>Inte underskriven: PDF:en har inga digitala underskrifter ännu.</source>
      <translation>Not signed: the PDF has no digital signatures yet.</translation>
    </message>
    <message>
      <source>Lita på certifikat…</source>
      <translation>Trust certificates…</translation>
    </message>
    <message>
      <source>NEJ</source>
      <translation>NO</translation>
    </message>
    <message>
      <source>Oförändrad</source>
      <translation>Intact</translation>
    </message>
    <message>
      <source>PDF-filen går inte att läsa: %1</source>
      <translation>The PDF cannot be read: %1</translation>
    </message>
    <message>
      <source>Resultat</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Signerad</source>
      <translation>Signed</translation>
    </message>
    <message>
      <source>Självskapat certifikat</source>
      <translation>Self-made certificate</translation>
    </message>
    <message>
      <source>Skäl</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Spara underskriven PDF</source>
      <translation>Save signed PDF</translation>
    </message>
    <message>
      <source>Spara underskriven PDF…</source>
      <translation>Save signed PDF…</translation>
    </message>
    <message>
      <source>Täcker</source>
      <translation>Covers</translation>
    </message>
    <message>
      <source>Underskrift</source>
      <translation>Signature</translation>
    </message>
    <message>
      <source>Underskrifterna håller inte: %1.</source>
      <translation>The signatures do not hold: %1.</translation>
    </message>
    <message>
      <source>Undertecknad av</source>
      <translation>Signed by</translation>
    </message>
    <message>
      <source>Vid underskriften godkändes att en annan person än den fältet är till för skriver under.</source>
      <translation>At signing it was accepted that another person than the one the field is for signs.</translation>
    </message>
    <message>
      <source>Välj certifikat att lita på</source>
      <translation>Choose certificates to trust</translation>
    </message>
    <message>
      <source>håller</source>
      <translation>holds</translation>
    </message>
    <message>
      <source>inte kontrollerat (inga betrodda certifikat)</source>
      <translation>not checked (no trusted certificates)</translation>
    </message>
    <message>
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>okänt</source>
      <translation>unknown</translation>
    </message>
  </context>
  <context>
    <name>VotePanel</name>
    <message>
      <source>%1 röster per person · tak per punkt: %2 · deltagare: %3</source>
      <translation>%1 votes per person · cap per item: %2 · participants: %3</translation>
    </message>
    <message>
      <source>Dölj resultatet  (H)</source>
      <translation>Hide the result  (H)</translation>
    </message>
    <message>
      <source>Ingen omröstning i det här steget än.</source>
      <translation>No vote in this step yet.</translation>
    </message>
    <message>
      <source>Inräknat: %1 röster</source>
      <translation>Counted: %1 votes</translation>
    </message>
    <message>
      <source>Ny omröstning</source>
      <translation>New vote</translation>
    </message>
    <message>
      <source>Ny omröstning…</source>
      <translation>New vote…</translation>
    </message>
    <message>
      <source>Punkt</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Röster</source>
      <translation>Votes</translation>
    </message>
    <message>
      <source>Ta bort</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Ta bort omröstning</source>
      <translation>Remove vote</translation>
    </message>
    <message>
      <source>Visa på projektorn</source>
      <translation>Show on the projector</translation>
    </message>
    <message>
      <source>Visa resultatet  (H)</source>
      <translation>Show the result  (H)</translation>
    </message>
    <message>
      <source>inget</source>
      <translation>none</translation>
    </message>
    <message>
      <source>okänt antal</source>
      <translation>unknown number</translation>
    </message>
    <message>
      <source>Ändringen kunde inte sparas.</source>
      <translation>The change could not be saved.</translation>
    </message>
  </context>
  <context>
    <name>Welcome</name>
    <message>
      <source>&amp;Ny samverkan…</source>
      <translation>&amp;New collaboration…</translation>
    </message>
    <message>
      <source>&amp;Öppna en fil…</source>
      <translation>&amp;Open a file…</translation>
    </message>
    <message>
      <source>Prova &amp;demosamverkan (Lund)</source>
      <translation>Try the &amp;demo collaboration (Lund)</translation>
    </message>
    <message>
      <source>S&amp;enast öppnade</source>
      <translation>R&amp;ecently opened</translation>
    </message>
    <message>
      <source>Samverka leder kommun och polis genom arbetsgången: från lägesbild till medborgarlöften, en undertecknad överenskommelse och uppföljning. Varje ändring sparas direkt i filen.</source>
      <translation>Samverka guides municipality and police through the method: from situation picture to citizen promises, a signed agreement and follow-up. Every change is saved in the file at once.</translation>
    </message>
    <message>
      <source>Senast öppnade filer</source>
      <translation>Recently opened files</translation>
    </message>
    <message>
      <source>Välkommen till Samverka</source>
      <translation>Welcome to Samverka</translation>
    </message>
  </context>
  <context>
    <name>YearWheel</name>
    <message>
      <source>+ {0} till</source>
      <translation>+ {0} more</translation>
    </message>
    <message>
      <source>idag</source>
      <translation>today</translation>
    </message>
  </context>
  <context>
    <name>YearWheelTab</name>
    <message>
      <source>Ett typiskt år att utgå från; varje händelse går att ändra.</source>
      <translation>A typical year to start from; every event can be changed.</translation>
    </message>
    <message>
      <source>Exportera till kalender (.ics)…</source>
      <translation>Export to a calendar (.ics)…</translation>
    </message>
    <message>
      <source>Flytta ”{0}” i årshjulet</source>
      <translation>Move “{0}” in the year wheel</translation>
    </message>
    <message>
      <source>Lägg till ett standardår</source>
      <translation>Add a standard year</translation>
    </message>
    <message>
      <source>Lägg till ett standardår i årshjulet</source>
      <translation>Add a standard year to the year wheel</translation>
    </message>
    <message>
      <source>Ny händelse</source>
      <translation>New event</translation>
    </message>
    <message>
      <source>Samverkans år: lägesbildsmöten, trygghetsmätningen, styrgrupp, rapport till kommunstyrelsen, förnyelse av medborgarlöften och uppföljning. Dra en händelse runt hjulet för att flytta den, eller ändra månad och dag i tabellen. Rummet ser hjulet medan en händelse är vald.</source>
      <translation>The collaboration's year: situation-picture meetings, the safety survey, the steering group, the report to the executive board, renewal of citizen promises and follow-up. Drag an event around the wheel to move it, or change the month and day in the table. The room sees the wheel while an event is selected.</translation>
    </message>
    <message>
      <source>Som iCalendar-fil, för Outlook och andra kalendrar.</source>
      <translation>As an iCalendar file, for Outlook and other calendars.</translation>
    </message>
    <message>
      <source>Årshjulet</source>
      <translation>The year wheel</translation>
    </message>
  </context>
</TS>
