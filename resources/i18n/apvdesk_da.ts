<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>AbsenceLink</name>
    <message>
        <source>No problem fits: write why…</source>
        <translation>Intet problem passer: skriv hvorfor …</translation>
    </message>
    <message>
        <source>Linked to the absence in the action plan: problem %1.</source>
        <translation>Koblet til fraværet i handlingsplanen: problem %1.</translation>
    </message>
    <message>
        <source>No problem is linked (%1): %2</source>
        <translation>Intet problem er koblet (%1): %2</translation>
    </message>
    <message>
        <source>No problem is linked to the absence yet. Create one from a line of the table above, or tick “may contribute to the sickness absence” on a problem in the action plan; or write why no problem fits.</source>
        <translation>Intet problem er koblet til fraværet endnu. Opret et fra en linje i tabellen ovenfor, eller sæt kryds ved »kan bidrage til sygefraværet« på et problem i handlingsplanen – eller skriv, hvorfor intet problem passer.</translation>
    </message>
    <message>
        <source>The sickness absence is not linked to a problem in the action plan</source>
        <translation>Sygefraværet er ikke koblet til et problem i handlingsplanen</translation>
    </message>
    <message>
        <source>Write why no problem in the plan is behind the part of the absence that work may cause.</source>
        <translation>Skriv, hvorfor intet problem i planen ligger bag den del af fraværet, som arbejdet kan give.</translation>
    </message>
</context>
<context>
    <name>AbsenceModel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Absence days</source>
        <translation>Fraværsdage</translation>
    </message>
    <message>
        <source>Employees / FTE</source>
        <translation>Ansatte / årsværk</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Arbejdsdage</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Fravær</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Whole workplace</source>
        <translation>Hele arbejdspladsen</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 procentpoint</translation>
    </message>
    <message>
        <source>Withheld: fewer employees than the round's anonymity threshold, so the figure could point to a person.</source>
        <translation>Skjult: færre ansatte end rundens anonymitetsgrænse, så tallet kunne pege på en person.</translation>
    </message>
    <message>
        <source>Withheld because it is withheld in a period that overlaps this one: one period minus the other would reveal it.</source>
        <translation>Skjult, fordi tallet er skjult i en periode, der overlapper denne: den ene periode minus den anden ville afsløre det.</translation>
    </message>
    <message>
        <source>Withheld to protect a small group: the whole workplace minus the groups shown would reveal it.</source>
        <translation>Skjult for at beskytte en lille gruppe: hele arbejdspladsen minus de viste grupper ville afsløre den.</translation>
    </message>
    <message>
        <source>Withheld to protect a smaller group: with the total, this figure would reveal it.</source>
        <translation>Skjult for at beskytte en mindre gruppe: sammen med totalen ville tallet afsløre den.</translation>
    </message>
    <message>
        <source>Compared with %1, in percentage points.</source>
        <translation>Sammenlignet med %1, i procentpoint.</translation>
    </message>
    <message>
        <source>Absence days as a share of employees × working days.</source>
        <translation>Fraværsdage som andel af ansatte × arbejdsdage.</translation>
    </message>
</context>
<context>
    <name>AbsencePage</name>
    <message>
        <source>Sickness absence</source>
        <translation>Sygefravær</translation>
    </message>
    <message>
        <source>BEK 1838/2023 asks the APV to include the sickness absence: can conditions at work contribute to it? Enter each group's totals per period, never a person's absence. Changes are saved at once.</source>
        <translation>BEK 1838/2023 kræver, at APV'en inddrager sygefraværet: kan forhold i arbejdet bidrage til det? Skriv hver gruppes tal for hver periode, aldrig en enkelt persons fravær. Ændringer gemmes med det samme.</translation>
    </message>
    <message>
        <source>Absence per group</source>
        <translation>Fravær pr. gruppe</translation>
    </message>
    <message>
        <source>No absence figures yet. Add a period for each group: the sickness absence days, the number of employees (or FTE) and the working days, e.g. last year and the year before, so you can see the development.</source>
        <translation>Ingen fraværstal endnu. Tilføj en periode for hver gruppe: sygefraværsdage, antal ansatte (eller årsværk) og arbejdsdage, f.eks. sidste år og året før, så I kan se udviklingen.</translation>
    </message>
    <message>
        <source>Add period…</source>
        <translation>Tilføj periode…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <source>Delete period</source>
        <translation>Slet periode</translation>
    </message>
    <message>
        <source>Create problem from this finding…</source>
        <translation>Opret problem ud fra dette fund…</translation>
    </message>
    <message>
        <source>Add the selected line's absence to the action plan as a problem, with its figures.</source>
        <translation>Føj den valgte linjes fravær til handlingsplanen som et problem med dets tal.</translation>
    </message>
    <message>
        <source>Delete the absence of %1 for %2?</source>
        <translation>Slet fraværet for %1 i %2?</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Could conditions at work contribute to the sickness absence?</source>
        <translation>Kan forhold i arbejdet bidrage til sygefraværet?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Delvist</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Why? What in the work could contribute, and what not?</source>
        <translation>Hvorfor? Hvad i arbejdet kan bidrage, og hvad ikke?</translation>
    </message>
    <message>
        <source>e.g. a high pace, working alone, conflicts, or illness that has nothing to do with work</source>
        <translation>f.eks. højt tempo, alenearbejde, konflikter eller sygdom, der intet har med arbejdet at gøre</translation>
    </message>
    <message>
        <source>Assessed on %1.</source>
        <translation>Vurderet den %1.</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Ikke vurderet endnu.</translation>
    </message>
    <message>
        <source>Absence is absence days ÷ (employees × working days). Change is in percentage points from the group's previous period. Double-click a line to change it.</source>
        <translation>Fravær er fraværsdage ÷ (ansatte × arbejdsdage). Ændring er i procentpoint fra gruppens forrige periode. Dobbeltklik på en linje for at rette den.</translation>
    </message>
    <message>
        <source>– marks figures withheld so that no one's absence can be worked out: a group with fewer than %1 employees (the round's anonymity threshold), and the figures that would reveal it by subtraction (another group, the whole workplace, or a period that overlaps). Withheld groups are included in the whole workplace.</source>
        <translation>– markerer tal, der er skjult, så ingens fravær kan regnes ud: en gruppe med færre end %1 ansatte (rundens anonymitetsgrænse) og de tal, der ville afsløre den ved at trække fra (en anden gruppe, hele arbejdspladsen eller en periode, der overlapper). Skjulte grupper indgår i hele arbejdspladsen.</translation>
    </message>
</context>
<context>
    <name>AbsencePeriodDialog</name>
    <message>
        <source>Add absence period</source>
        <translation>Tilføj fraværsperiode</translation>
    </message>
    <message>
        <source>Edit absence period</source>
        <translation>Ret fraværsperiode</translation>
    </message>
    <message>
        <source>Enter the group's totals for the period, e.g. from payroll. Never enter a person's absence.</source>
        <translation>Indtast gruppens samlede tal for perioden, f.eks. fra lønsystemet. Indtast aldrig en persons fravær.</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>e.g. 2025 or 1st half of 2026</source>
        <translation>f.eks. 2025 eller 1. halvår 2026</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Fra:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>skjult</translation>
    </message>
    <message>
        <source>Sickness absence days:</source>
        <translation>Sygefraværsdage:</translation>
    </message>
    <message>
        <source>This line's absence is withheld on the page, so it is not shown here either. Leave it as it is to keep it, or type the new figure.</source>
        <translation>Fraværet på denne linje er skjult på siden, så det vises heller ikke her. Lad feltet stå, som det er, for at beholde tallet, eller skriv det nye tal.</translation>
    </message>
    <message>
        <source>Employees or FTE:</source>
        <translation>Ansatte eller årsværk:</translation>
    </message>
    <message>
        <source>Working days per employee:</source>
        <translation>Arbejdsdage pr. ansat:</translation>
    </message>
    <message>
        <source>Working days are counted Monday to Friday (%1), less the %2 public holidays on a weekday in the period: %3. Days off by agreement, such as Constitution Day or Christmas Eve, are not subtracted; correct the figure if you close then.</source>
        <translation>Arbejdsdagene er talt som mandag til fredag (%1) minus de %2 helligdage, der falder på en hverdag i perioden: %3. Fridage efter aftale, f.eks. grundlovsdag og juleaftensdag, er ikke trukket fra; ret tallet, hvis I holder lukket der.</translation>
    </message>
    <message>
        <source>Working days are counted Monday to Friday; no public holiday falls on a weekday in the period. Correct the figure if you close on other days.</source>
        <translation>Arbejdsdagene er talt som mandag til fredag; ingen helligdag falder på en hverdag i perioden. Ret tallet, hvis I holder lukket andre dage.</translation>
    </message>
    <message>
        <source>New Year's Day</source>
        <translation>nytårsdag</translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation>skærtorsdag</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>langfredag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>2. påskedag</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Kristi himmelfartsdag</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>2. pinsedag</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>juledag</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>2. juledag</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Ret tiltag</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nyt tiltag</translation>
    </message>
    <message>
        <source>Choose from the catalogue…</source>
        <translation>Vælg fra kataloget…</translation>
    </message>
    <message>
        <source>What will be done, concretely?</source>
        <translation>Hvad skal der konkret gøres?</translation>
    </message>
    <message>
        <source>What is done:</source>
        <translation>Hvad gøres:</translation>
    </message>
    <message>
        <source>On the poster:</source>
        <translation>På plakaten:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ansvarlig:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>Follow-up: how and when will you check that it works?</source>
        <translation>Opfølgning: hvordan og hvornår tjekker I, at det virker?</translation>
    </message>
    <message>
        <source>Check the effect on:</source>
        <translation>Tjek effekten den:</translation>
    </message>
    <message>
        <source>For example: ask at the staff meeting, or a short follow-up questionnaire</source>
        <translation>For eksempel: spørg på personalemødet, eller brug et kort opfølgningsspørgeskema</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Hvordan:</translation>
    </message>
    <message>
        <source>A named person, not “everyone”</source>
        <translation>En navngiven person, ikke »alle«</translation>
    </message>
    <message>
        <source>Based on “%1” from the catalogue.</source>
        <translation>Bygger på »%1« fra kataloget.</translation>
    </message>
    <message>
        <source>%1 ideas for this theme.</source>
        <translation>%1 idéer til dette tema.</translation>
    </message>
    <message>
        <source>Save the action?</source>
        <translation>Gem tiltaget?</translation>
    </message>
    <message>
        <source>BEK 1838/2023 asks the action plan to say who is responsible and by when. An action without them is easily forgotten.</source>
        <translation>BEK 1838/2023 kræver, at handlingsplanen siger, hvem der er ansvarlig, og hvornår det skal være gjort. Et tiltag uden det bliver let glemt.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Gem alligevel</translation>
    </message>
    <message>
        <source>Go back and fill in</source>
        <translation>Gå tilbage og udfyld</translation>
    </message>
    <message>
        <source>No responsible person and no deadline – save anyway?</source>
        <translation>Ingen ansvarlig og ingen frist – gem alligevel?</translation>
    </message>
    <message>
        <source>No responsible person – save anyway?</source>
        <translation>Ingen ansvarlig – gem alligevel?</translation>
    </message>
    <message>
        <source>No deadline – save anyway?</source>
        <translation>Ingen frist – gem alligevel?</translation>
    </message>
</context>
<context>
    <name>ActionHistory</name>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Deadline moved from %1 to %2</source>
        <translation>Frist flyttet fra %1 til %2</translation>
    </message>
    <message>
        <source>Effect judged: %1</source>
        <translation>Effekt vurderet: %1</translation>
    </message>
    <message>
        <source>Next step: the action goes on, new deadline %2</source>
        <translation>Næste skridt: tiltaget fortsætter, ny frist %2</translation>
    </message>
    <message>
        <source>Next step: a new action: %1</source>
        <translation>Næste skridt: et nyt tiltag: %1</translation>
    </message>
    <message>
        <source>Next step: the problem is to be reconsidered</source>
        <translation>Næste skridt: problemet skal genovervejes</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>ingen frist</translation>
    </message>
    <message>
        <source>%1 (why: %2)</source>
        <translation>%1 (hvorfor: %2)</translation>
    </message>
    <message>
        <source>Choose the next step</source>
        <translation>Vælg næste skridt</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Describe each problem and decide what is done about it, by when and by whom. Everything is saved at once.</source>
        <translation>Beskriv hvert problem, og beslut hvad der gøres ved det, hvornår og af hvem. Alt gemmes med det samme.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>No problems yet. Look at the results on the Assessment page, then add the problems you find.</source>
        <translation>Ingen problemer endnu. Se resultaterne på siden Vurdering, og tilføj så de problemer, I finder.</translation>
    </message>
    <message>
        <source>Add problem…</source>
        <translation>Tilføj problem…</translation>
    </message>
    <message>
        <source>Edit problem…</source>
        <translation>Ret problem…</translation>
    </message>
    <message>
        <source>Delete problem</source>
        <translation>Slet problem</translation>
    </message>
    <message>
        <source>Actions for the selected problem</source>
        <translation>Tiltag for det valgte problem</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Tilføj tiltag…</translation>
    </message>
    <message>
        <source>Edit action…</source>
        <translation>Ret tiltag…</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Slet tiltag</translation>
    </message>
    <message>
        <source>Approval of the plan</source>
        <translation>Godkendelse af planen</translation>
    </message>
    <message>
        <source>Record approval…</source>
        <translation>Registrér godkendelse…</translation>
    </message>
    <message>
        <source>Remove approval</source>
        <translation>Fjern godkendelse</translation>
    </message>
    <message>
        <source>%1, %2, approved on %3</source>
        <translation>%1, %2, godkendt den %3</translation>
    </message>
    <message>
        <source>%1, %2, approved an earlier version on %3</source>
        <translation>%1, %2, godkendte en tidligere udgave den %3</translation>
    </message>
    <message>
        <source>%1, %2, dated %3, before the round started: does not count</source>
        <translation>%1, %2, dateret %3, før runden startede: tæller ikke</translation>
    </message>
    <message>
        <source>Changed since approval: the plan was changed on %1 after it was approved. It should be approved again.</source>
        <translation>Ændret efter godkendelsen: planen blev ændret %1, efter den blev godkendt. Den bør godkendes igen.</translation>
    </message>
    <message>
        <source>Not approved yet: good practice is that the employer and at least one employee representative both approve (or the AMO).</source>
        <translation>Ikke godkendt endnu: god praksis er, at både arbejdsgiveren og mindst én medarbejderrepræsentant godkender (eller AMO).</translation>
    </message>
    <message>
        <source>The plan is approved as it is now.</source>
        <translation>Planen er godkendt, som den er nu.</translation>
    </message>
    <message>
        <source>Not approved yet. When the plan is agreed, record who approved it: the AMO, or the employer and an employee representative.</source>
        <translation>Endnu ikke godkendt. Når planen er aftalt, så registrér, hvem der godkendte den: AMO, eller arbejdsgiveren og en medarbejderrepræsentant.</translation>
    </message>
    <message>
        <source>Select a problem to see its actions.</source>
        <translation>Vælg et problem for at se dets tiltag.</translation>
    </message>
    <message>
        <source>No actions yet. Add what will be done about this problem, by when and by whom.</source>
        <translation>Ingen tiltag endnu. Tilføj hvad der skal gøres ved problemet, hvornår og af hvem.</translation>
    </message>
    <message>
        <source>Delete this problem and all its actions?

%1</source>
        <translation>Vil du slette dette problem og alle dets tiltag?

%1</translation>
    </message>
    <message>
        <source>Remove this approval?

%1</source>
        <translation>Fjern denne godkendelse?

%1</translation>
    </message>
    <message>
        <source>Delete this action?

%1</source>
        <translation>Vil du slette dette tiltag?

%1</translation>
    </message>
</context>
<context>
    <name>ActionPlanPdf</name>
    <message>
        <source>Action plan – %1</source>
        <translation>Handlingsplan – %1</translation>
    </message>
    <message>
        <source>Workplace assessment (APV): %1</source>
        <translation>Arbejdspladsvurdering (APV): %1</translation>
    </message>
    <message>
        <source>The plan was changed on %1, after it was approved. It should be approved again.</source>
        <translation>Planen blev ændret %1, efter den blev godkendt. Den bør godkendes igen.</translation>
    </message>
    <message>
        <source>The plan was changed after it was approved. It should be approved again.</source>
        <translation>Planen blev ændret, efter den blev godkendt. Den bør godkendes igen.</translation>
    </message>
    <message>
        <source>There are no problems in this action plan.</source>
        <translation>Der er ingen problemer i denne handlingsplan.</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbejdsplads</translation>
    </message>
    <message>
        <source>APV round</source>
        <translation>APV-runde</translation>
    </message>
    <message>
        <source>CVR no.</source>
        <translation>CVR-nr.</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>The problems found in the workplace assessment (APV), how serious they are, and what will be done about them: how, by whom and by when.</source>
        <translation>De problemer, som arbejdspladsvurderingen (APV) har afdækket, hvor alvorlige de er, og hvad der bliver gjort ved dem: hvordan, af hvem og hvornår.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>The whole workplace</source>
        <translation>Hele arbejdspladsen</translation>
    </message>
    <message>
        <source>Changed since approval</source>
        <translation>Ændret efter godkendelsen</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>Godkendt den %1</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Endnu ikke godkendt</translation>
    </message>
    <message>
        <source>Next APV due</source>
        <translation>Næste APV senest</translation>
    </message>
    <message>
        <source>Problem %1: %2</source>
        <translation>Problem %1: %2</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Affected groups</source>
        <translation>Berørte grupper</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Seriousness</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Årsager</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>%1 (1 is the highest)</source>
        <translation>%1 (1 er højest)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Arbejdssted</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Tiltag</translation>
    </message>
    <message>
        <source>No actions have been planned for this problem yet.</source>
        <translation>Der er endnu ikke planlagt tiltag for dette problem.</translation>
    </message>
    <message>
        <source>Solved at once – no action needed</source>
        <translation>Løst med det samme – ingen tiltag nødvendige</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Endnu ikke fulgt op</translation>
    </message>
    <message>
        <source>%1 (checked on %2)</source>
        <translation>%1 (fulgt op den %2)</translation>
    </message>
    <message>
        <source>No date set yet</source>
        <translation>Ingen dato endnu</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>How the effect is checked</source>
        <translation>Sådan følges der op på effekten</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>What is done</source>
        <translation>Hvad gøres</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sickness absence</source>
        <translation>Sygefravær</translation>
    </message>
    <message>
        <source>The APV must include the sickness absence (BEK 1838/2023): can conditions at work contribute to it?</source>
        <translation>APV'en skal inddrage sygefraværet (BEK 1838/2023): kan forhold i arbejdet bidrage til det?</translation>
    </message>
    <message>
        <source>Not yet considered.</source>
        <translation>Endnu ikke vurderet.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Delvist</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Can conditions at work contribute?</source>
        <translation>Kan forholdene på arbejdspladsen bidrage?</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Considered on</source>
        <translation>Vurderet den</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Godkendelse</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>What is done</source>
        <translation>Hvad gøres</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Effect checked on</source>
        <translation>Effekt tjekkes den</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Arbejdssted</translation>
    </message>
</context>
<context>
    <name>AddPointDialog</name>
    <message>
        <source>Add point</source>
        <translation>Tilføj punkt</translation>
    </message>
    <message>
        <source>A few words, for example: Busy days</source>
        <translation>Et par ord, for eksempel: Travle dage</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>A short question for the group, in plain words.</source>
        <translation>Et kort spørgsmål til gruppen, i almindelige ord.</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Spørgsmål:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Suggested time:</source>
        <translation>Foreslået tid:</translation>
    </message>
</context>
<context>
    <name>AgendaButtons</name>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Move to the top</source>
        <translation>Flyt øverst</translation>
    </message>
    <message>
        <source>Move to the bottom</source>
        <translation>Flyt nederst</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Add point…</source>
        <translation>Tilføj punkt…</translation>
    </message>
</context>
<context>
    <name>AgendaPdf</name>
    <message>
        <source>Dialogue meeting – agenda</source>
        <translation>Dialogmøde – dagsorden</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbejdsplads</translation>
    </message>
    <message>
        <source>APV round</source>
        <translation>APV-runde</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Mødeleder</translation>
    </message>
    <message>
        <source>At this meeting we talk together about how we are at work. For each point we agree on a joint rating, from “works well” to “a real problem”, and note what works, what does not work and our ideas. Nobody's name is written down: the minutes hold only what we agree on together. What we decide to do goes into the APV's action plan.</source>
        <translation>På mødet taler vi sammen om, hvordan vi har det på arbejdet. For hvert punkt bliver vi enige om en fælles vurdering, fra »fungerer godt« til »et reelt problem«, og skriver ned, hvad der fungerer, hvad der ikke fungerer, og hvilke idéer vi har. Ingens navn bliver skrevet ned: referatet rummer kun det, vi er enige om sammen. Det, vi beslutter at gøre, kommer med i APV'ens handlingsplan.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Point and question</source>
        <translation>Punkt og spørgsmål</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>%1 min.</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
</context>
<context>
    <name>AnnualDiscussionDialog</name>
    <message>
        <source>Annual work environment discussion</source>
        <translation>Årlig arbejdsmiljødrøftelse</translation>
    </message>
    <message>
        <source>Once a year the employer and the employees (or the AMO) talk through the work environment and plan the coming year (BEK 1838/2023). Write down what you agreed; a few lines for each point are enough.</source>
        <translation>En gang om året gennemgår arbejdsgiveren og de ansatte (eller AMO) arbejdsmiljøet og planlægger det kommende år (BEK 1838/2023). Skriv ned, hvad I aftalte; et par linjer til hvert punkt er nok.</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Holdt den:</translation>
    </message>
    <message>
        <source>e.g. Karin Holm (manager), the AMO, all employees</source>
        <translation>f.eks. Karin Holm (leder), AMO, alle ansatte</translation>
    </message>
    <message>
        <source>Who took part:</source>
        <translation>Deltagere:</translation>
    </message>
    <message>
        <source>The past year:</source>
        <translation>Det forløbne år:</translation>
    </message>
    <message>
        <source>Were last year's goals reached? How did the cooperation go?</source>
        <translation>Nåede I sidste års mål? Hvordan gik samarbejdet?</translation>
    </message>
    <message>
        <source>The coming year's work:</source>
        <translation>Det kommende års arbejde:</translation>
    </message>
    <message>
        <source>What will the cooperation work on?</source>
        <translation>Hvad skal samarbejdet arbejde med?</translation>
    </message>
    <message>
        <source>How we cooperate:</source>
        <translation>Sådan samarbejder vi:</translation>
    </message>
    <message>
        <source>Who does what, and how often do you meet?</source>
        <translation>Hvem gør hvad, og hvor tit mødes I?</translation>
    </message>
    <message>
        <source>Goals for the coming year:</source>
        <translation>Mål for det kommende år:</translation>
    </message>
    <message>
        <source>What should be reached within a year?</source>
        <translation>Hvad skal være nået inden for et år?</translation>
    </message>
    <message>
        <source>Knowledge and training:</source>
        <translation>Viden og uddannelse:</translation>
    </message>
    <message>
        <source>Does the workplace have the knowledge of the work environment it needs? With an AMO: its members' training plan.</source>
        <translation>Har arbejdspladsen den viden om arbejdsmiljø, den har brug for? Med en AMO: medlemmernes plan for kompetenceudvikling.</translation>
    </message>
</context>
<context>
    <name>AnnualDiscussionPdf</name>
    <message>
        <source>Annual work environment discussion</source>
        <translation>Årlig arbejdsmiljødrøftelse</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbejdsplads</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>Written record</source>
        <translation>Skriftligt referat</translation>
    </message>
    <message>
        <source>Once a year the employer and the employees, or the work environment organisation (AMO), talk through the work environment and plan the coming year's cooperation (BEK 1838/2023). This is the written record of what was agreed.</source>
        <translation>En gang om året gennemgår arbejdsgiveren og de ansatte, eller arbejdsmiljøorganisationen (AMO), arbejdsmiljøet og planlægger det kommende års samarbejde (BEK 1838/2023). Dette er det skriftlige referat af, hvad der blev aftalt.</translation>
    </message>
    <message>
        <source>No discussion has been recorded yet: fill in by hand.</source>
        <translation>Der er ikke skrevet nogen drøftelse ned endnu: udfyld i hånden.</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Ikke skrevet</translation>
    </message>
    <message>
        <source>Held on %1</source>
        <translation>Holdt den %1</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>The past year: were the goals reached, how did the cooperation go?</source>
        <translation>Det forløbne år: blev målene nået, hvordan gik samarbejdet?</translation>
    </message>
    <message>
        <source>The coming year's work</source>
        <translation>Det kommende års arbejde</translation>
    </message>
    <message>
        <source>How the cooperation is organised (who does what, how often we meet)</source>
        <translation>Sådan er samarbejdet organiseret (hvem gør hvad, hvor tit vi mødes)</translation>
    </message>
    <message>
        <source>Goals for the coming year</source>
        <translation>Mål for det kommende år</translation>
    </message>
    <message>
        <source>Knowledge and training needed (with an AMO: its members' training)</source>
        <translation>Behov for viden og uddannelse (med en AMO: medlemmernes uddannelse)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve the action plan</source>
        <translation>Godkend handlingsplanen</translation>
    </message>
    <message>
        <source>Your workplace has a work environment organisation (AMO): the AMO approves the plan.</source>
        <translation>Jeres arbejdsplads har en arbejdsmiljøorganisation (AMO), og det er den, der godkender planen.</translation>
    </message>
    <message>
        <source>Without an AMO, the employer and at least one employee representative approve the plan. Record each of them.</source>
        <translation>Uden AMO godkender arbejdsgiveren og mindst én medarbejderrepræsentant planen. Registrér hver af dem.</translation>
    </message>
    <message>
        <source>Approving the plan is good practice recommended by the trade's guidance (BFA), not a requirement of BEK 1838/2023.</source>
        <translation>At godkende planen er god praksis, som branchens vejledning (BFA) anbefaler – ikke et krav i BEK 1838/2023.</translation>
    </message>
    <message>
        <source>Name of the person who approves</source>
        <translation>Navnet på den, der godkender</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Approved on:</source>
        <translation>Godkendt den:</translation>
    </message>
    <message>
        <source>Problem %1: %2</source>
        <translation>Problem %1: %2</translation>
    </message>
    <message>
        <source>These problems cannot be solved at once and have no action in the plan yet. BEK 1838/2023 asks the plan to say how, by when and by whom each of them is solved.</source>
        <translation>Disse problemer kan ikke løses med det samme og har endnu intet tiltag i planen. BEK 1838/2023 kræver, at planen siger, hvordan, hvornår og af hvem hvert af dem løses.</translation>
    </message>
    <message>
        <source>Approve the plan anyway?</source>
        <translation>Godkend planen alligevel?</translation>
    </message>
    <message>
        <source>Problems without actions</source>
        <translation>Problemer uden tiltag</translation>
    </message>
    <message>
        <source>Approve anyway</source>
        <translation>Godkend alligevel</translation>
    </message>
    <message>
        <source>Go back to the plan</source>
        <translation>Gå tilbage til planen</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>The results of the round. Each figure is a mean from 0 to 100, with n, the number of answers behind it. High is good, except for demands, where high means heavy.</source>
        <translation>Rundens resultater. Hvert tal er et gennemsnit fra 0 til 100 med n, antallet af svar bag tallet. Højt er godt, undtagen for krav, hvor højt betyder belastende.</translation>
    </message>
    <message>
        <source>End the collection and show the results…</source>
        <translation>Afslut indsamlingen og vis resultaterne…</translation>
    </message>
    <message>
        <source>Create problem from the selected result…</source>
        <translation>Opret problem ud fra det valgte resultat…</translation>
    </message>
    <message>
        <source>Select a result in the table (not a withheld one) to add it to the action plan as a problem, with its figures.</source>
        <translation>Vælg et resultat i tabellen (ikke et skjult) for at føje det til handlingsplanen som et problem med dets tal.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
    <message>
        <source>There is no round yet. Start one on the Preparation page.</source>
        <translation>Der er ingen runde endnu. Start en på siden Forberedelse.</translation>
    </message>
    <message>
        <source>No answers yet. When the mapping is done, the results for each group appear here.</source>
        <translation>Ingen svar endnu. Når kortlægningen er gennemført, vises resultaterne for hver gruppe her.</translation>
    </message>
    <message>
        <source>The collection is open: %1 people have answered so far. The results are worked out and shown here when you end the collection, so that nobody's answers can be read from how the figures change as each person answers.</source>
        <translation>Indsamlingen er i gang: %1 har svaret indtil nu. Resultaterne regnes ud og vises her, når I afslutter indsamlingen – så ingen kan aflæse en persons svar af, hvordan tallene ændrer sig, hver gang nogen svarer.</translation>
    </message>
    <message>
        <source>Computing the results…</source>
        <translation>Beregner resultaterne…</translation>
    </message>
    <message>
        <source>Round: %1. Anonymity threshold: %2 answers.</source>
        <translation>Runde: %1. Anonymitetsgrænse: %2 svar.</translation>
    </message>
    <message>
        <source>● green: %1 or more · ▲ yellow · ■ red: below %2 (mirrored for demands, where high means heavy). The thresholds are this round's.</source>
        <translation>● grøn: %1 eller mere · ▲ gul · ■ rød: under %2 (spejlvendt for krav, hvor højt betyder belastende). Grænserne er rundens egne.</translation>
    </message>
    <message>
        <source>A grey cell is withheld to protect anonymity: either it has fewer answers than the threshold, or it would let someone work out a smaller group's result. Point at a cell to see why, its standard deviation and the share with an unfavourable score.</source>
        <translation>En grå celle er skjult for at beskytte anonymiteten: enten har den færre svar end grænsen, eller også ville den gøre det muligt at regne en mindre gruppes resultat ud. Peg på en celle for at se hvorfor, dens standardafvigelse og andelen med en ugunstig score.</translation>
    </message>
    <message>
        <source>Blue columns in italics are dialogue meetings: the group's joint judgement, agreed together at the meeting, from “works well” to “a real problem”. They are not anonymous scores.</source>
        <translation>Blå kolonner i kursiv er dialogmøder: gruppens fælles vurdering, som de er blevet enige om på mødet, fra »fungerer godt« til »et reelt problem«. De er ikke anonyme scorer.</translation>
    </message>
    <message>
        <source>The results could not be computed: %1</source>
        <translation>Resultaterne kunne ikke beregnes: %1</translation>
    </message>
    <message>
        <source>More answers than employees in: %1. Someone may have answered twice, or the headcount is out of date: the figures may hold a double answer. Correct the headcount on the Preparation page if it is wrong.</source>
        <translation>Flere svar end ansatte i: %1. Måske har nogen svaret to gange, eller antallet af ansatte er forældet: tallene kan rumme et dobbelt svar. Ret antallet på siden Forberedelse, hvis det er forkert.</translation>
    </message>
    <message>
        <source>%1 answers came in after the results were released and are not in them yet: they are added when every group they belong to has at least %2 new answers.</source>
        <translation>%1 svar er kommet ind, efter resultaterne blev offentliggjort, og er ikke med i dem endnu: de kommer med, når hver gruppe, de hører til, har mindst %2 nye svar.</translation>
    </message>
    <message>
        <source>%1: %2 answers. Its results are withheld: %3 more would have been needed (at least %4). A dialogue meeting with the group can map it instead.</source>
        <translation>%1: %2 svar. Gruppens resultater er skjult: der skulle have været %3 svar mere (mindst %4). Et dialogmøde med gruppen kan kortlægge den i stedet.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 employees answered (%4). Under %5 answered, the result is weak.</source>
        <translation>%1: %2 af %3 ansatte har svaret (%4). Når under %5 svarer, er resultatet usikkert.</translation>
    </message>
    <message>
        <source>Create problem from this result…</source>
        <translation>Opret problem ud fra dette resultat…</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Made</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbejdsplads</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>When the file was opened</source>
        <translation>Da filen blev åbnet</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Før en gendannelse</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Før en opgradering</translation>
    </message>
    <message>
        <source>From a newer apvdesk: cannot be restored</source>
        <translation>Fra en nyere apvdesk: kan ikke gendannes</translation>
    </message>
    <message>
        <source>Damaged: cannot be restored</source>
        <translation>Beskadiget: kan ikke gendannes</translation>
    </message>
</context>
<context>
    <name>BeforeAfterModel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>ikke spurgt</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>skjult</translation>
    </message>
    <message>
        <source>Whole workplace</source>
        <translation>Hele arbejdspladsen</translation>
    </message>
</context>
<context>
    <name>CarefulDialog</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Kassér det, du har skrevet?</translation>
    </message>
    <message>
        <source>What you typed or changed in this window is not saved yet. Close it and discard it?</source>
        <translation>Det, du har skrevet eller ændret i vinduet, er ikke gemt endnu. Vil du lukke vinduet og kassere det?</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <source>Choose an action from the catalogue</source>
        <translation>Vælg et tiltag fra kataloget</translation>
    </message>
    <message>
        <source>Search, e.g. new colleagues, meeting, language</source>
        <translation>Søg, f.eks. nye kolleger, møde, sprog</translation>
    </message>
    <message>
        <source>Show actions for every theme</source>
        <translation>Vis tiltag for alle temaer</translation>
    </message>
    <message>
        <source>Use this action</source>
        <translation>Brug dette tiltag</translation>
    </message>
    <message>
        <source>No action matches. Clear the search or show the actions for every theme.</source>
        <translation>Intet tiltag passer. Ryd søgningen, eller vis tiltagene for alle temaer.</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Hvad det er</translation>
    </message>
    <message>
        <source>What it helps against</source>
        <translation>Hvad det hjælper mod</translation>
    </message>
    <message>
        <source>What it takes</source>
        <translation>Hvad det kræver</translation>
    </message>
</context>
<context>
    <name>ChartTexts</name>
    <message>
        <source>Whole workplace</source>
        <translation>Hele arbejdspladsen</translation>
    </message>
    <message>
        <source>withheld (protects a smaller group)</source>
        <translation>skjult (beskytter en mindre gruppe)</translation>
    </message>
    <message>
        <source>withheld (n &lt; %1)</source>
        <translation>skjult (n &lt; %1)</translation>
    </message>
    <message>
        <source>high = heavy</source>
        <translation>højt = belastende</translation>
    </message>
    <message>
        <source>good</source>
        <translation>godt</translation>
    </message>
    <message>
        <source>keep an eye on</source>
        <translation>hold øje med</translation>
    </message>
    <message>
        <source>a problem</source>
        <translation>et problem</translation>
    </message>
    <message>
        <source>Theme profile</source>
        <translation>Temaprofil</translation>
    </message>
    <message>
        <source>Mean, 0–100</source>
        <translation>Gennemsnit, 0–100</translation>
    </message>
    <message>
        <source>Dotted lines: the limits %1 and %2 of the traffic light; for demands, where high is heavy, they are mirrored.</source>
        <translation>Prikkede linjer: trafiklysets grænser %1 og %2; for krav, hvor højt er belastende, er de spejlet.</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Kolleger</translation>
    </message>
    <message>
        <source>Nearest manager</source>
        <translation>Nærmeste leder</translation>
    </message>
    <message>
        <source>Practical</source>
        <translation>Praktisk</translation>
    </message>
    <message>
        <source>Emotional</source>
        <translation>Følelsesmæssig</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Faglig</translation>
    </message>
    <message>
        <source>Social support: %1</source>
        <translation>Social støtte: %1</translation>
    </message>
    <message>
        <source>Mean points (high = much support)</source>
        <translation>Gennemsnitlige point (højt = meget støtte)</translation>
    </message>
    <message>
        <source>no items</source>
        <translation>ingen spørgsmål</translation>
    </message>
    <message>
        <source>The support matrix is withheld so that a smaller group cannot be worked out.</source>
        <translation>Støttematricen vises ikke, så en mindre gruppes resultat ikke kan regnes ud.</translation>
    </message>
    <message>
        <source>The support matrix is withheld: fewer than %1 answers.</source>
        <translation>Støttematricen vises ikke: færre end %1 svar.</translation>
    </message>
    <message>
        <source>Demands, influence and support</source>
        <translation>Krav, indflydelse og støtte</translation>
    </message>
    <message>
        <source>High demands,
low influence</source>
        <translation>Høje krav,
lille indflydelse</translation>
    </message>
    <message>
        <source>Work with high demands, low influence and low support strains the most: a hollow triangle in the shaded corner calls for action first.</source>
        <translation>Arbejde med høje krav, lille indflydelse og lav støtte belaster mest: en hul trekant i det skraverede hjørne skal tages op først.</translation>
    </message>
    <message>
        <source>The lines at 50 divide high from low: the same limit for every group and round, so the map can be compared over time. Groups withheld for anonymity are not shown.</source>
        <translation>Linjerne ved 50 skiller højt fra lavt: samme grænse for alle grupper og runder, så kortet kan sammenlignes over tid. Grupper, der skjules af hensyn til anonymiteten, vises ikke.</translation>
    </message>
    <message>
        <source>Size: social support</source>
        <translation>Størrelse: social støtte</translation>
    </message>
    <message>
        <source>Support 50 or more</source>
        <translation>Støtte 50 eller mere</translation>
    </message>
    <message>
        <source>Support below 50</source>
        <translation>Støtte under 50</translation>
    </message>
    <message>
        <source>This round does not ask about demands and influence.</source>
        <translation>Denne runde spørger ikke om krav og indflydelse.</translation>
    </message>
    <message>
        <source>Answers per question: %1 (%2)</source>
        <translation>Svar pr. spørgsmål: %1 (%2)</translation>
    </message>
    <message>
        <source>Share of the answers, per cent</source>
        <translation>Andel af svarene, procent</translation>
    </message>
    <message>
        <source>Each bar is one question; n is the number who answered it. Blank answers are left out. Shares below %1 % are not printed.</source>
        <translation>Hver søjle er ét spørgsmål; n er antallet, der har svaret på det. Ubesvarede er udeladt. Andele under %1 % er ikke skrevet på.</translation>
    </message>
    <message>
        <source>The answers are withheld so that a smaller group cannot be worked out.</source>
        <translation>Svarene er skjult, så en mindre gruppe ikke kan regnes ud.</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Ingen svar endnu.</translation>
    </message>
    <message>
        <source>The answers are withheld: fewer than %1 answers.</source>
        <translation>Svarene er skjult: færre end %1 svar.</translation>
    </message>
    <message>
        <source>Don't know</source>
        <translation>Ved ikke</translation>
    </message>
    <message>
        <source>Development across rounds</source>
        <translation>Udvikling over runderne</translation>
    </message>
    <message>
        <source>There is only one round with these questions so far. The development appears here when a later round has answers.</source>
        <translation>Der er indtil videre kun én runde med disse spørgsmål. Udviklingen vises her, når en senere runde har svar.</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Theme profile</source>
        <translation>Temaprofil</translation>
    </message>
    <message>
        <source>Support matrix</source>
        <translation>Støttematrix</translation>
    </message>
    <message>
        <source>Demands, influence and support</source>
        <translation>Krav, indflydelse og støtte</translation>
    </message>
    <message>
        <source>Development across rounds</source>
        <translation>Udvikling over runderne</translation>
    </message>
    <message>
        <source>Answer distribution</source>
        <translation>Svarfordeling</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Spørgsmål:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Diagram:</translation>
    </message>
    <message>
        <source>There is no round yet.</source>
        <translation>Der er ingen runde endnu.</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Tegner diagrammerne…</translation>
    </message>
    <message>
        <source>Whole workplace</source>
        <translation>Hele arbejdspladsen</translation>
    </message>
    <message>
        <source>Social support (colleagues and manager)</source>
        <translation>Social støtte (kolleger og leder)</translation>
    </message>
    <message>
        <source>The charts could not be drawn: %1</source>
        <translation>Diagrammerne kunne ikke tegnes: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <source>The APV checklist</source>
        <translation>Tjekliste for APV'en</translation>
    </message>
    <message>
        <source>Go to Mapping</source>
        <translation>Gå til Kortlægning</translation>
    </message>
    <message>
        <source>Go to Assessment</source>
        <translation>Gå til Vurdering</translation>
    </message>
    <message>
        <source>Go to Sickness absence</source>
        <translation>Gå til Sygefravær</translation>
    </message>
    <message>
        <source>Go to Action plan</source>
        <translation>Gå til Handlingsplan</translation>
    </message>
    <message>
        <source>Go to Follow-up</source>
        <translation>Gå til Opfølgning</translation>
    </message>
    <message>
        <source>Checking the APV…</source>
        <translation>Tjekker APV'en …</translation>
    </message>
    <message>
        <source>The APV is complete by this checklist.</source>
        <translation>APV'en er fuldstændig efter denne tjekliste.</translation>
    </message>
    <message>
        <source>%1 of %2 elements are met. What is missing is listed below.</source>
        <translation>%1 af %2 punkter er opfyldt. Det, der mangler, står nedenfor.</translation>
    </message>
    <message>
        <source>✔ Met</source>
        <translation>✔ Opfyldt</translation>
    </message>
    <message>
        <source>✘ Not met</source>
        <translation>✘ Ikke opfyldt</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… og %1 mere.</translation>
    </message>
</context>
<context>
    <name>ChecklistCommandTexts</name>
    <message>
        <source>met</source>
        <translation>opfyldt</translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation>IKKE OPFYLDT</translation>
    </message>
    <message>
        <source>The APV is complete by this checklist.</source>
        <translation>APV'en er fuldstændig efter denne tjekliste.</translation>
    </message>
    <message>
        <source>The APV is not complete.</source>
        <translation>APV'en er ikke fuldstændig.</translation>
    </message>
</context>
<context>
    <name>ChooseGroupsDialog</name>
    <message>
        <source>New dialogue meeting</source>
        <translation>Nyt dialogmøde</translation>
    </message>
    <message>
        <source>Which groups take part in the meeting? A dialogue meeting suits groups too small for an anonymous questionnaire.</source>
        <translation>Hvilke grupper deltager i mødet? Et dialogmøde passer til grupper, der er for små til et anonymt spørgeskema.</translation>
    </message>
    <message>
        <source>%1 (%2 employees)</source>
        <translation>%1 (%2 ansatte)</translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation>Opret møde</translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <source>Collect on another PC</source>
        <translation>Indsaml på en anden pc</translation>
    </message>
    <message>
        <source>A collection file lets employees answer on another PC without a network, for example a laptop at a customer site. Save it on a USB stick and open it with apvdesk on the other PC: there the employees answer in the kiosk, or you type in paper forms. Bring the file back and choose Fetch answers from another PC…</source>
        <translation>Med en indsamlingsfil kan medarbejderne svare på en anden pc uden netværk, f.eks. en bærbar på et kundested. Gem den på et USB-stik, og åbn den med apvdesk på den anden pc: Dér svarer medarbejderne i kiosken, eller du taster papirskemaer ind. Tag filen med tilbage, og vælg Hent svar fra en anden pc…</translation>
    </message>
    <message>
        <source>The file holds the questionnaire of the round “%1”, the groups below and the kiosk PIN in a form that cannot be read back. It holds no results, no action plan, no names and none of the answers given on this PC.</source>
        <translation>Filen indeholder spørgeskemaet fra runden »%1«, grupperne herunder og kioskens PIN-kode i en form, der ikke kan læses tilbage. Den indeholder ingen resultater, ingen handlingsplan, ingen navne og ingen af de svar, der er givet på denne pc.</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Arbejdssted</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Arbejdssted:</translation>
    </message>
    <message>
        <source>Groups in the file:</source>
        <translation>Grupper i filen:</translation>
    </message>
    <message>
        <source>The round has no kiosk PIN yet. The kiosk on the other PC needs one, so that only you can leave it; you choose it in the next step.</source>
        <translation>Runden har endnu ingen PIN-kode til kiosken. Kiosken på den anden pc skal have en, så kun du kan forlade den; du vælger den i næste trin.</translation>
    </message>
    <message>
        <source>Save the collection file…</source>
        <translation>Gem indsamlingsfilen…</translation>
    </message>
    <message>
        <source>No group works at this site.</source>
        <translation>Ingen gruppe arbejder på dette arbejdssted.</translation>
    </message>
</context>
<context>
    <name>CollectionCommandTexts</name>
    <message>
        <source>A collection file for the round “%2” was saved as %1, with its questionnaire and %3 groups. Take it to the other PC; the answers collected there are added with apvdesk merge.</source>
        <translation>En indsamlingsfil til runden »%2« er gemt som %1 med spørgeskemaet og %3 grupper. Tag den med til den anden pc; svarene, der indsamles dér, lægges ind med apvdesk merge.</translation>
    </message>
    <message>
        <source>A collection file for the round “%2” at the site “%4” was saved as %1, with its questionnaire and %3 groups. Take it to the other PC; the answers collected there are added with apvdesk merge.</source>
        <translation>En indsamlingsfil for runden »%2« på arbejdsstedet »%4« er gemt som %1, med spørgeskemaet og %3 grupper. Tag den med til den anden pc; svarene, der indsamles dér, lægges ind med apvdesk merge.</translation>
    </message>
    <message>
        <source>The answers in %1 were deleted from it.</source>
        <translation>Svarene i %1 er slettet fra den.</translation>
    </message>
    <message>
        <source>Added %1 answer sheets from %2 to the collection file %3.</source>
        <translation>Lagde %1 svarark fra %2 ind i indsamlingsfilen %3.</translation>
    </message>
</context>
<context>
    <name>CollectionMessages</name>
    <message>
        <source>%1 holds no answers yet, so nothing was added.</source>
        <translation>%1 indeholder endnu ingen svar, så intet blev lagt ind.</translation>
    </message>
    <message>
        <source>The answers in %1 were added before; nothing was added again.</source>
        <translation>Svarene i %1 er lagt ind før; intet blev lagt ind igen.</translation>
    </message>
    <message>
        <source>Added %1 new answer sheets from %2 to the round “%3”. The %4 answer sheets in it that were added before were not added again.</source>
        <translation>%1 nye svarark fra %2 er lagt ind i runden »%3«. De %4 svarark i filen, der er lagt ind før, blev ikke lagt ind igen.</translation>
    </message>
    <message>
        <source>Added %1 answer sheets from %2 to the round “%3”.</source>
        <translation>%1 svarark fra %2 er lagt ind i runden »%3«.</translation>
    </message>
    <message>
        <source>%1 was collected for another workplace file or another round, so its answers cannot be added here. Open the workplace file it was made from; nothing was changed.</source>
        <translation>%1 er indsamlet til en anden arbejdspladsfil eller en anden runde, så svarene kan ikke lægges ind her. Åbn den arbejdspladsfil, den blev lavet fra; intet er ændret.</translation>
    </message>
    <message>
        <source>The individual answers of the round of %1 have been deleted, so the round takes no new answers; nothing was changed.</source>
        <translation>De enkelte svar i runden for %1 er slettet, så runden tager ikke imod nye svar; intet er ændret.</translation>
    </message>
    <message>
        <source>%1 holds an answer sheet that does not fit the round (a group or a question it does not have), so no answers were added; nothing was changed.</source>
        <translation>%1 indeholder et svarark, der ikke passer til runden (en gruppe eller et spørgsmål, runden ikke har), så ingen svar er lagt ind; intet er ændret.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of apvdesk. Install the newest apvdesk to merge it; the file has not been changed.</source>
        <translation>%1 er skrevet af en nyere version af apvdesk. Installér den nyeste apvdesk for at hente svarene ind; filen er ikke ændret.</translation>
    </message>
    <message>
        <source>%1 is not an apvdesk collection file, or it is damaged; the file has not been changed.</source>
        <translation>%1 er ikke en indsamlingsfil fra apvdesk, eller den er beskadiget; filen er ikke ændret.</translation>
    </message>
</context>
<context>
    <name>CollectionOpening</name>
    <message>
        <source>Cannot open the collection file</source>
        <translation>Indsamlingsfilen kan ikke åbnes</translation>
    </message>
    <message>
        <source>Collection file in use</source>
        <translation>Indsamlingsfilen er i brug</translation>
    </message>
    <message>
        <source>If apvdesk is no longer running there (the computer %1 crashed or was switched off, or the file was taken out before apvdesk was closed), you can clear the lock and open the file. Clear the lock?</source>
        <translation>Hvis apvdesk ikke længere kører dér (computeren %1 gik ned eller blev slukket, eller filen blev taget ud, før apvdesk blev lukket), kan du rydde låsen og åbne filen. Ryd låsen?</translation>
    </message>
    <message>
        <source>The lock says that a questionnaire kiosk is running there. To clear it, enter the kiosk PIN.</source>
        <translation>Låsen siger, at en spørgeskemakiosk kører dér. Indtast kiosk-PIN-koden for at rydde den.</translation>
    </message>
    <message>
        <source>Kiosk PIN</source>
        <translation>Kiosk-PIN</translation>
    </message>
    <message>
        <source>Clear the lock</source>
        <translation>Ryd låsen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>CollectionStatus</name>
    <message>
        <source>End the collection and show the results…</source>
        <translation>Afslut indsamlingen og vis resultaterne…</translation>
    </message>
    <message>
        <source>Reopen the collection…</source>
        <translation>Åbn indsamlingen igen…</translation>
    </message>
    <message>
        <source>Correct the headcount…</source>
        <translation>Ret antallet af ansatte…</translation>
    </message>
    <message>
        <source>The groups and their employees are set on the Preparation page.</source>
        <translation>Grupperne og deres antal ansatte sættes på siden Forberedelse.</translation>
    </message>
    <message>
        <source>%1 (%2 answers, %3 employees)</source>
        <translation>%1 (%2 svar, %3 ansatte)</translation>
    </message>
    <message>
        <source>More answers than employees in: %1. Someone may have answered twice, or the headcount is out of date. Correct the headcount, or keep in mind that the results may hold a double answer.</source>
        <translation>Flere svar end ansatte i: %1. Måske har nogen svaret to gange, eller antallet af ansatte er forældet. Ret antallet, eller husk, at resultaterne kan rumme et dobbelt svar.</translation>
    </message>
    <message>
        <source>The collection is open. While it is, only the number of answers is shown: the results are worked out and shown when you end the collection.</source>
        <translation>Indsamlingen er i gang. Imens vises kun antallet af svar: resultaterne regnes ud og vises, når I afslutter indsamlingen.</translation>
    </message>
    <message>
        <source>The collection was reopened. The results shown are those released on %1; new answers are added when you end the collection again.</source>
        <translation>Indsamlingen er åbnet igen. De viste resultater er dem, der blev offentliggjort %1; nye svar kommer med, når I afslutter indsamlingen igen.</translation>
    </message>
    <message>
        <source>The collection ended on %1, and the results are released.</source>
        <translation>Indsamlingen sluttede %1, og resultaterne er offentliggjort.</translation>
    </message>
    <message>
        <source>The collection has ended, and the results are released.</source>
        <translation>Indsamlingen er afsluttet, og resultaterne er offentliggjort.</translation>
    </message>
    <message>
        <source>%1 answers came in after the release and are waiting: they are added when every group they belong to has at least %2 new answers (now: %3).</source>
        <translation>%1 svar er kommet ind efter offentliggørelsen og venter: de kommer med, når hver gruppe, de hører til, har mindst %2 nye svar (nu: %3).</translation>
    </message>
</context>
<context>
    <name>CollectionTexts</name>
    <message>
        <source>End the collection and show the results?

%1 people have answered. The results are worked out once and then shown on the Assessment page, in the reports and everywhere else.

Answers that come in later (a late paper form, say) are added only when at least %2 new answers have come in for every group they belong to. Until then they wait, so that nobody's answers can be worked out by comparing the results before and after.</source>
        <translation>Vil I afslutte indsamlingen og vise resultaterne?

%1 har svaret. Resultaterne regnes ud én gang og vises derefter på siden Vurdering, i rapporterne og alle andre steder.

Svar, der kommer senere (f.eks. et papirskema, der kommer for sent), kommer først med, når der er mindst %2 nye svar i hver gruppe, de hører til. Indtil da venter de – så ingen kan regne en persons svar ud ved at sammenligne resultaterne før og efter.</translation>
    </message>
    <message>
        <source>End the collection again?

%1 answers have come in since the results were released. They are added to the results if every group they belong to has at least %2 new answers; otherwise they wait until it has.</source>
        <translation>Vil I afslutte indsamlingen igen?

%1 svar er kommet ind, siden resultaterne blev offentliggjort. De kommer med i resultaterne, hvis hver gruppe, de hører til, har mindst %2 nye svar; ellers venter de, til der er det.</translation>
    </message>
    <message>
        <source>%1 answers are waiting: they are added to the results when every group they belong to has at least %2 new answers. The results shown have not changed.</source>
        <translation>%1 svar venter: de kommer med i resultaterne, når hver gruppe, de hører til, har mindst %2 nye svar. De viste resultater er ikke ændret.</translation>
    </message>
    <message>
        <source>The collection of this round has ended and its results are released.

Reopen it for more answers? The results shown now stay as they are. When you end the collection again, the new answers are added only if every group they belong to has at least %1 new answers; otherwise they wait.</source>
        <translation>Indsamlingen i denne runde er afsluttet, og resultaterne er offentliggjort.

Vil I åbne den igen for flere svar? De resultater, der vises nu, bliver som de er. Når I afslutter indsamlingen igen, kommer de nye svar kun med, hvis hver gruppe, de hører til, har mindst %1 nye svar; ellers venter de.</translation>
    </message>
    <message>
        <source>End the collection</source>
        <translation>Afslut indsamlingen</translation>
    </message>
    <message>
        <source>Working out the results…</source>
        <translation>Resultaterne regnes ud…</translation>
    </message>
    <message>
        <source>Reopen the collection</source>
        <translation>Åbn indsamlingen igen</translation>
    </message>
</context>
<context>
    <name>CollectionTransfer</name>
    <message>
        <source>Collect on another PC…</source>
        <translation>Indsaml på en anden pc…</translation>
    </message>
    <message>
        <source>Fetch answers from another PC…</source>
        <translation>Hent svar fra en anden pc…</translation>
    </message>
    <message>
        <source>A file for a laptop or another PC without a network, on a USB stick.</source>
        <translation>En fil til en bærbar eller en anden pc uden netværk, på et USB-stik.</translation>
    </message>
    <message>
        <source>Add the answers collected in such a file. Each answer sheet is added only once.</source>
        <translation>Læg svarene fra sådan en fil ind. Hvert svarark lægges kun ind én gang.</translation>
    </message>
</context>
<context>
    <name>CollectionWindow</name>
    <message>
        <source>%1 – collection file – apvdesk</source>
        <translation>%1 – indsamlingsfil – apvdesk</translation>
    </message>
    <message>
        <source>Collection file “%1”</source>
        <translation>Indsamlingsfil »%1«</translation>
    </message>
    <message>
        <source>This file collects answers to a workplace's questionnaire on this PC, for the groups %1. It holds no results, no action plan and no names. When the answers are in, take the file back to the PC with the workplace file and add them there with Mapping › “Fetch answers from another PC…”.</source>
        <translation>Denne fil indsamler svar på en arbejdsplads' spørgeskema på denne pc, for grupperne %1. Den indeholder ingen resultater, ingen handlingsplan og ingen navne. Når svarene er kommet ind, så tag filen med tilbage til den pc, hvor arbejdspladsfilen ligger, og hent svarene ind dér med Kortlægning › »Hent svar fra en anden pc…«.</translation>
    </message>
    <message>
        <source>Collect the answers</source>
        <translation>Indsaml svarene</translation>
    </message>
    <message>
        <source>Start kiosk mode…</source>
        <translation>Start kiosktilstand…</translation>
    </message>
    <message>
        <source>Type in paper forms…</source>
        <translation>Indtast papirskemaer…</translation>
    </message>
    <message>
        <source>Import answers…</source>
        <translation>Importér svar…</translation>
    </message>
    <message>
        <source>Employees answer one by one on this PC, in their own language. Leaving the kiosk needs the PIN.</source>
        <translation>Medarbejderne svarer én ad gangen på denne pc, på deres eget sprog. Det kræver PIN-koden at forlade kiosken.</translation>
    </message>
    <message>
        <source>One row per form, one digit per answer.</source>
        <translation>Én række pr. skema, ét ciffer pr. svar.</translation>
    </message>
    <message>
        <source>Answers typed into a spreadsheet (CSV or Excel).</source>
        <translation>Svar, der er tastet ind i et regneark (CSV eller Excel).</translation>
    </message>
    <message>
        <source>Answer sheets collected in this file: %1</source>
        <translation>Svarark indsamlet i denne fil: %1</translation>
    </message>
    <message>
        <source>Per group, the count is shown once every group has at least %1 answers, so that nobody can tell who in a small group has answered.</source>
        <translation>Antallet pr. gruppe vises først, når hver gruppe har mindst %1 svar, så ingen kan regne ud, hvem i en lille gruppe der har svaret.</translation>
    </message>
    <message>
        <source>No kiosk PIN</source>
        <translation>Ingen kiosk-PIN</translation>
    </message>
    <message>
        <source>This collection file was made before a kiosk PIN was chosen, and without one the kiosk could not be left safely. On the PC with the workplace file, choose a PIN (Mapping › Start kiosk mode…), then make the collection file again.</source>
        <translation>Denne indsamlingsfil blev lavet, før der var valgt en kiosk-PIN, og uden den kan kiosken ikke forlades sikkert. Vælg en PIN-kode på den pc, hvor arbejdspladsfilen ligger (Kortlægning › Start kiosktilstand…), og lav så indsamlingsfilen igen.</translation>
    </message>
    <message>
        <source>The kiosk cannot start</source>
        <translation>Kiosken kan ikke starte</translation>
    </message>
    <message>
        <source>This collection file has no group or no language to answer in. On the PC with the workplace file, check the round's groups and languages, then make the collection file again.</source>
        <translation>Denne indsamlingsfil har ingen gruppe eller intet sprog at svare på. Tjek rundens grupper og sprog på den pc, hvor arbejdspladsfilen ligger, og lav så indsamlingsfilen igen.</translation>
    </message>
</context>
<context>
    <name>CommandLineTexts</name>
    <message>
        <source>%1 already exists. Add --force to replace it, or choose another name.</source>
        <translation>%1 findes allerede. Tilføj --force for at erstatte den, eller vælg et andet navn.</translation>
    </message>
    <message>
        <source>--respondents must be 0 or more, not %1.</source>
        <translation>--respondents skal være 0 eller mere, ikke %1.</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels, for example 1280x800, not %1.</source>
        <translation>--size skal angives som BREDDExHØJDE i pixel, for eksempel 1280x800, ikke %1.</translation>
    </message>
    <message>
        <source>The output %1 is the workplace file itself. Choose another name for the output.</source>
        <translation>Output-filen %1 er selve arbejdspladsfilen. Vælg et andet navn til output-filen.</translation>
    </message>
    <message>
        <source>The action plan was saved as %1.</source>
        <translation>Handlingsplanen er gemt som %1.</translation>
    </message>
    <message>
        <source>%1 has no APV round yet, so there is no action plan to print. Open it in apvdesk and start a round first.</source>
        <translation>%1 har endnu ingen APV-runde, så der er ingen handlingsplan at udskrive. Åbn filen i apvdesk, og start en runde først.</translation>
    </message>
    <message>
        <source>The questionnaire was saved as %1.</source>
        <translation>Spørgeskemaet er gemt som %1.</translation>
    </message>
    <message>
        <source>The follow-up list was saved as %1.</source>
        <translation>Opfølgningslisten er gemt som %1.</translation>
    </message>
    <message>
        <source>%1 has no round with ID %2. Its rounds have the IDs %3.</source>
        <translation>%1 har ingen runde med ID %2. Filens runder har ID'erne %3.</translation>
    </message>
    <message>
        <source>The demo workplace was saved as %1 with %2 respondents.</source>
        <translation>Demo-arbejdspladsen er gemt som %1 med svar fra %2 personer.</translation>
    </message>
    <message>
        <source>Its kiosk PIN is %1. To try the kiosk, open the file, go to Mapping and choose Start kiosk mode… (the demo's collection has ended: apvdesk asks to reopen it first). The PIN leaves the kiosk again.</source>
        <translation>Dens kiosk-PIN er %1. Prøv kiosken: åbn filen, gå til Kortlægning og vælg Start kiosktilstand… (demoens indsamling er afsluttet: apvdesk spørger først, om den skal åbnes igen). Med PIN-koden forlader du kiosken igen.</translation>
    </message>
    <message>
        <source>Schema revision: %1 (current)</source>
        <translation>Skemaversion: %1 (aktuel)</translation>
    </message>
    <message>
        <source>Schema revision: %1 (older; apvdesk upgrades the file, after a backup, when it opens it)</source>
        <translation>Skemaversion: %1 (ældre; apvdesk opgraderer filen, efter at have taget en sikkerhedskopi, når den åbnes)</translation>
    </message>
    <message>
        <source>Integrity check: %1</source>
        <translation>Integritetstjek: %1</translation>
    </message>
    <message>
        <source>Integrity check failed. SQLite reports:</source>
        <translation>Integritetstjekket fandt fejl. SQLite melder:</translation>
    </message>
    <message>
        <source>%1 is damaged. Use a backup copy; the file has not been changed.</source>
        <translation>%1 er beskadiget. Brug en sikkerhedskopi; filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>The screenshot was saved as %1.</source>
        <translation>Skærmbilledet er gemt som %1.</translation>
    </message>
    <message>
        <source>An empty import file with %2 questions was saved as %1.</source>
        <translation>En tom importfil med %2 spørgsmål er gemt som %1.</translation>
    </message>
    <message>
        <source>%1 has no APV round yet. Open it in apvdesk and start a round first.</source>
        <translation>%1 har endnu ingen APV-runde. Åbn filen i apvdesk, og start en runde først.</translation>
    </message>
    <message>
        <source>The questionnaire of this round has no language %1. Choose one of: %2.</source>
        <translation>Spørgeskemaet i denne runde findes ikke på sproget %1. Vælg et af: %2.</translation>
    </message>
    <message>
        <source>%1 must end in .csv or .xlsx, so apvdesk knows which kind to write.</source>
        <translation>%1 skal ende på .csv eller .xlsx, så apvdesk ved, hvilken slags fil der skal skrives.</translation>
    </message>
    <message>
        <source>Added %1 respondents from %2 to the round “%3”.</source>
        <translation>%1 svar fra %2 er tilføjet til runden »%3«.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1, because of %2 problems:</source>
        <translation>Intet blev importeret fra %1 på grund af %2 fejl:</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Intet blev importeret.</translation>
    </message>
    <message>
        <source>The record of the annual discussions was saved as %1.</source>
        <translation>Referatet af de årlige drøftelser er gemt som %1.</translation>
    </message>
</context>
<context>
    <name>ContentMessages</name>
    <message>
        <source>The table %1 is missing.</source>
        <translation>Tabellen %1 mangler.</translation>
    </message>
    <message>
        <source>The table %1 has no column %2.</source>
        <translation>Tabellen %1 har ingen kolonne %2.</translation>
    </message>
    <message>
        <source>Table %1, row %2, column %3 is empty, but must hold a value.</source>
        <translation>Tabel %1, række %2, kolonne %3 er tom, men skal have en værdi.</translation>
    </message>
    <message>
        <source>Table %1, row %2, column %3 holds %4, which is not a whole number.</source>
        <translation>Tabel %1, række %2, kolonne %3 indeholder %4, som ikke er et helt tal.</translation>
    </message>
    <message>
        <source>Table %1, row %2, column %3 holds %4, which is not a number.</source>
        <translation>Tabel %1, række %2, kolonne %3 indeholder %4, som ikke er et tal.</translation>
    </message>
    <message>
        <source>Table %1, row %2, column %3 holds %4, which is not text.</source>
        <translation>Tabel %1, række %2, kolonne %3 indeholder %4, som ikke er tekst.</translation>
    </message>
    <message>
        <source>Table %1, row %2, column %3 holds text that cannot be read (it is not UTF-8): %4.</source>
        <translation>Tabel %1, række %2, kolonne %3 indeholder tekst, der ikke kan læses (den er ikke UTF-8): %4.</translation>
    </message>
    <message>
        <source>Table %1, row %2, column %3 holds %4, which is not a date written as YYYY-MM-DD.</source>
        <translation>Tabel %1, række %2, kolonne %3 indeholder %4, som ikke er en dato skrevet som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>Table %1, row %2, column %3 holds %4, but only 0 (no) or 1 (yes) is allowed.</source>
        <translation>Tabel %1, række %2, kolonne %3 indeholder %4, men kun 0 (nej) eller 1 (ja) er tilladt.</translation>
    </message>
    <message>
        <source>Table %1, row %2, column %3 holds %4, which is not one of: %5.</source>
        <translation>Tabel %1, række %2, kolonne %3 indeholder %4, som ikke er en af disse: %5.</translation>
    </message>
    <message>
        <source>Table %1, row %2, column %3 holds %4, but it must be at least %5.</source>
        <translation>Tabel %1, række %2, kolonne %3 indeholder %4, men værdien skal være mindst %5.</translation>
    </message>
    <message>
        <source>Table %1, row %2, column %3 holds %4, but it must be from %5 to %6.</source>
        <translation>Tabel %1, række %2, kolonne %3 indeholder %4, men værdien skal være fra %5 til %6.</translation>
    </message>
    <message>
        <source>Table %1, row %2, column %3: the question bank kept for the round cannot be read (%4).</source>
        <translation>Tabel %1, række %2, kolonne %3: de spørgsmål, runden har gemt, kan ikke læses (%4).</translation>
    </message>
    <message>
        <source>Table %1, row %2, column %3 holds %4, which are not results apvdesk can read (%5).</source>
        <translation>Tabel %1, række %2, kolonne %3 indeholder %4, som ikke er resultater, apvdesk kan læse (%5).</translation>
    </message>
    <message>
        <source>Table %1, row %2, column %3 does not hold a kiosk PIN as apvdesk stores it.</source>
        <translation>Tabel %1, række %2, kolonne %3 indeholder ikke en PIN-kode til kiosken, sådan som apvdesk gemmer den.</translation>
    </message>
    <message>
        <source>Table %1, row %2, column %3 holds %4, but the table %5 has no such row.</source>
        <translation>Tabel %1, række %2, kolonne %3 indeholder %4, men tabellen %5 har ingen sådan række.</translation>
    </message>
    <message>
        <source>Table %1, row %2, column %3 holds %4: the period ends before it starts (%5).</source>
        <translation>Tabel %1, række %2, kolonne %3 indeholder %4: perioden slutter, før den begynder (%5).</translation>
    </message>
    <message>
        <source>Table %1, row %2, column %3 holds %4: red would begin above where green begins (%5).</source>
        <translation>Tabel %1, række %2, kolonne %3 indeholder %4: rød ville begynde højere end grøn (%5).</translation>
    </message>
    <message>
        <source>Table %1, row %2, column %3 holds %4: a round cannot follow itself or a round that is itself a follow-up.</source>
        <translation>Tabel %1, række %2, kolonne %3 indeholder %4: en runde kan ikke følge op på sig selv eller på en runde, der selv er en opfølgning.</translation>
    </message>
    <message>
        <source>Table %1, row %2, column %3 holds %4, but it must be 0 (nothing promised yet) or at least %5.</source>
        <translation>Tabel %1, række %2, kolonne %3 indeholder %4, men værdien skal være 0 (intet lovet endnu) eller mindst %5.</translation>
    </message>
    <message>
        <source>Table %1, row %2, column %3 holds %4, below the threshold the respondents were told (%5).</source>
        <translation>Tabel %1, række %2, kolonne %3 indeholder %4, som er under den anonymitetsgrænse, de svarende fik at vide (%5).</translation>
    </message>
    <message>
        <source>The new file has the table, empty.</source>
        <translation>Den nye fil har tabellen, men den er tom.</translation>
    </message>
    <message>
        <source>The new file has the column, empty or with its usual value.</source>
        <translation>Den nye fil har kolonnen, tom eller med dens sædvanlige værdi.</translation>
    </message>
    <message>
        <source>The row was left out.</source>
        <translation>Rækken er udeladt.</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Nu: %1.</translation>
    </message>
    <message>
        <source>Part of the content of %1 cannot be used by apvdesk, so the file was not opened. %2 Open the file in apvdesk to copy what can be used into a new file, or use a backup copy; the file has not been changed.</source>
        <translation>En del af indholdet i %1 kan apvdesk ikke bruge, så filen blev ikke åbnet. %2 Åbn filen i apvdesk for at kopiere det, der kan bruges, over i en ny fil, eller brug en sikkerhedskopi; filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>Part of the content of %1 cannot be used by apvdesk (%2 problems), so the file was not opened. The first: %3 Run “apvdesk check” to list them; open the file in apvdesk to copy what can be used into a new file, or use a backup copy. The file has not been changed.</source>
        <translation>En del af indholdet i %1 kan apvdesk ikke bruge (%2 problemer), så filen blev ikke åbnet. Det første: %3 Kør »apvdesk check« for at se dem alle; åbn filen i apvdesk for at kopiere det, der kan bruges, over i en ny fil, eller brug en sikkerhedskopi. Filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mere end %1</translation>
    </message>
    <message>
        <source>Content check: one problem found:</source>
        <translation>Indholdstjek: ét problem fundet:</translation>
    </message>
    <message>
        <source>Content check: more than %1 problems found; the first %1:</source>
        <translation>Indholdstjek: mere end %1 problemer fundet; her er de første %1:</translation>
    </message>
    <message>
        <source>Content check: %1 problems found:</source>
        <translation>Indholdstjek: %1 problemer fundet:</translation>
    </message>
    <message>
        <source>Content check: %1</source>
        <translation>Indholdstjek: %1</translation>
    </message>
    <message>
        <source>Open %1 in apvdesk to copy what can be used into a new file (apvdesk repairs what it safely can and leaves out the rest), or use a backup copy; the file has not been changed.</source>
        <translation>Åbn %1 i apvdesk for at kopiere det, der kan bruges, over i en ny fil (apvdesk retter det, der trygt kan rettes, og udelader resten), eller brug en sikkerhedskopi; filen er ikke blevet ændret.</translation>
    </message>
</context>
<context>
    <name>CvrEdit</name>
    <message>
        <source>A CVR number has 8 digits.</source>
        <translation>Et CVR-nummer har 8 cifre.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-åååå</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>Vælg datoen i en kalender</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Slet datoen</translation>
    </message>
    <message>
        <source>There is no such day. Type the date as dd-mm-yyyy, e.g. %1.</source>
        <translation>Den dag findes ikke. Skriv datoen som dd-mm-åååå, f.eks. %1.</translation>
    </message>
    <message>
        <source>Type the date as dd-mm-yyyy, e.g. %1.</source>
        <translation>Skriv datoen som dd-mm-åååå, f.eks. %1.</translation>
    </message>
    <message>
        <source>Type a date, e.g. %1.</source>
        <translation>Skriv en dato, f.eks. %1.</translation>
    </message>
    <message>
        <source>The date cannot be later than %1.</source>
        <translation>Datoen kan ikke være senere end %1.</translation>
    </message>
    <message>
        <source>Check the date</source>
        <translation>Tjek datoen</translation>
    </message>
    <message>
        <source>The date in “%1” cannot be saved. %2</source>
        <translation>Datoen i »%1« kan ikke gemmes. %2</translation>
    </message>
</context>
<context>
    <name>DialogueCommandTexts</name>
    <message>
        <source>%1 has no dialogue meeting yet; hold one on the Mapping page.</source>
        <translation>%1 har endnu intet dialogmøde; hold et på siden Kortlægning.</translation>
    </message>
    <message>
        <source>%1 has no dialogue meeting in the round with ID %2 yet; hold one on the Mapping page.</source>
        <translation>%1 har endnu intet dialogmøde i runden med ID %2; hold et på siden Kortlægning.</translation>
    </message>
    <message>
        <source>%1 has no dialogue meeting with ID %2. Its meetings have the IDs %3.</source>
        <translation>%1 har intet dialogmøde med ID %2. Dens møder har ID'erne %3.</translation>
    </message>
    <message>
        <source>The agenda of the dialogue meeting was saved as %1.</source>
        <translation>Dagsordenen for dialogmødet er gemt som %1.</translation>
    </message>
    <message>
        <source>The minutes of the dialogue meeting were saved as %1.</source>
        <translation>Referatet af dialogmødet er gemt som %1.</translation>
    </message>
</context>
<context>
    <name>DialogueMeetingsBox</name>
    <message>
        <source>Dialogue meetings</source>
        <translation>Dialogmøder</translation>
    </message>
    <message>
        <source>For groups too small for an anonymous questionnaire: the group talks through a few points together and agrees on a joint rating. Only the number of participants is recorded, no names.</source>
        <translation>Til grupper, der er for små til et anonymt spørgeskema: gruppen taler nogle punkter igennem sammen og bliver enige om en fælles vurdering. Kun antallet af deltagere skrives ned, ingen navne.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>New dialogue meeting…</source>
        <translation>Nyt dialogmøde…</translation>
    </message>
    <message>
        <source>Open meeting…</source>
        <translation>Åbn møde…</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Slet møde</translation>
    </message>
    <message>
        <source>Delete this dialogue meeting with its agenda and notes? Problems and actions made from it stay in the action plan.</source>
        <translation>Slet dette dialogmøde med dagsorden og noter? Problemer og tiltag, der er lavet ud fra det, bliver i handlingsplanen.</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Not a problem: write why</source>
        <translation>Ikke et problem: skriv hvorfor</translation>
    </message>
    <message>
        <source>For example: discussed at the AMO meeting; the busy weeks are over, and we check it next round.</source>
        <translation>For eksempel: drøftet på AMO-mødet; de travle uger er overstået, og vi ser på det igen i næste runde.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrundelse:</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Besluttet den:</translation>
    </message>
</context>
<context>
    <name>EffectFields</name>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Effect (once the action is done)</source>
        <translation>Effekt (når tiltaget er gennemført)</translation>
    </message>
    <message>
        <source>Did it work?</source>
        <translation>Virkede det?</translation>
    </message>
    <message>
        <source>What did you see or hear? What happens now?</source>
        <translation>Hvad så eller hørte I? Hvad sker der nu?</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Bemærkning:</translation>
    </message>
    <message>
        <source>Judged on:</source>
        <translation>Vurderet den:</translation>
    </message>
</context>
<context>
    <name>EntryGridDialog</name>
    <message>
        <source>Type in paper forms</source>
        <translation>Indtast papirskemaer</translation>
    </message>
    <message>
        <source>Type one paper form per row. For each question, type the small digit printed beside the ticked box (1 for the first box, 0 for “Don't know” and “Does not apply to me”), or Space if nothing is ticked. A form is saved when you pass its last question or press Enter. Until you close this window, a saved form can be corrected (type over it and press Enter) or deleted.</source>
        <translation>Tast ét papirskema pr. række. Tast for hvert spørgsmål det lille tal, der står ved det afkrydsede felt (1 for det første felt, 0 for »Ved ikke« og »Gælder ikke for mig«), eller mellemrum, hvis intet er krydset af. Et skema gemmes, når du går videre fra det sidste spørgsmål eller trykker Enter. Indtil du lukker vinduet, kan et gemt skema rettes (tast oven i det og tryk Enter) eller slettes.</translation>
    </message>
    <message>
        <source>Language of the paper forms:</source>
        <translation>Papirskemaernes sprog:</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Grupper: %1</translation>
    </message>
    <message>
        <source>This round has no groups. Add the groups on the Preparation page.</source>
        <translation>Denne runde har ingen grupper. Tilføj grupperne på siden Forberedelse.</translation>
    </message>
    <message>
        <source>Save form</source>
        <translation>Gem skema</translation>
    </message>
    <message>
        <source>Delete form</source>
        <translation>Slet skema</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>%1 so far: type another digit, or press Tab to go on.</source>
        <translation>%1 indtil videre: tast et ciffer mere, eller tryk Tab for at gå videre.</translation>
    </message>
    <message>
        <source>Group: type its number from the list above, or press F2 to choose it from a list.</source>
        <translation>Gruppe: tast dens nummer fra listen ovenfor, eller tryk F2 for at vælge den på en liste.</translation>
    </message>
    <message>
        <source>The form could not be saved</source>
        <translation>Skemaet kunne ikke gemmes</translation>
    </message>
    <message>
        <source>Form %1 saved.</source>
        <translation>Skema %1 er gemt.</translation>
    </message>
    <message>
        <source>Form %1 corrected.</source>
        <translation>Skema %1 er rettet.</translation>
    </message>
    <message>
        <source>This row is empty: there is no form to delete.</source>
        <translation>Rækken er tom: der er intet skema at slette.</translation>
    </message>
    <message>
        <source>The form could not be deleted</source>
        <translation>Skemaet kunne ikke slettes</translation>
    </message>
    <message>
        <source>Form %1 deleted.</source>
        <translation>Skema %1 er slettet.</translation>
    </message>
    <message>
        <source>Forms saved: %1</source>
        <translation>Gemte skemaer: %1</translation>
    </message>
    <message>
        <source>Type the number of a group in the list above: 1 to %1.</source>
        <translation>Tast nummeret på en gruppe fra listen ovenfor: 1 til %1.</translation>
    </message>
    <message>
        <source>Type a digit: 1 to %1 for the ticked box, 0 for “Don't know”.</source>
        <translation>Tast et ciffer: 1 til %1 for det afkrydsede felt, 0 for »Ved ikke«.</translation>
    </message>
    <message>
        <source>Question %1 has %2 answers: type 1 to %2, or 0 for “Don't know”.</source>
        <translation>Spørgsmål %1 har %2 svarmuligheder: tast 1 til %2, eller 0 for »Ved ikke«.</translation>
    </message>
    <message>
        <source>This form is saved. To correct it, type over its answers and press Enter; to remove it, press Delete form.</source>
        <translation>Skemaet er gemt. Vil du rette det, så tast oven i svarene og tryk Enter; vil du fjerne det, så tryk Slet skema.</translation>
    </message>
    <message>
        <source>Type the group of this form in its first column, then press Enter to save it.</source>
        <translation>Tast skemaets gruppe i første kolonne, og tryk derefter Enter for at gemme det.</translation>
    </message>
    <message>
        <source>This form has no answers yet.</source>
        <translation>Dette skema har endnu ingen svar.</translation>
    </message>
    <message>
        <source>1 question is not filled in. Save the form anyway?</source>
        <translation>1 spørgsmål er ikke udfyldt – gem alligevel?</translation>
    </message>
    <message>
        <source>%1 questions are not filled in. Save the form anyway?</source>
        <translation>%1 spørgsmål er ikke udfyldt – gem alligevel?</translation>
    </message>
    <message>
        <source>Questions not filled in</source>
        <translation>Spørgsmål, der ikke er udfyldt</translation>
    </message>
    <message>
        <source>Delete form %1? Its answers are removed from the round.</source>
        <translation>Slet skema %1? Dets svar fjernes fra runden.</translation>
    </message>
    <message>
        <source>Delete form?</source>
        <translation>Slet skema?</translation>
    </message>
    <message>
        <source>Some forms or corrections are typed in but not saved (rows %1). Close and discard them?</source>
        <translation>Nogle skemaer eller rettelser er tastet ind, men ikke gemt (række %1). Vil du lukke og kassere dem?</translation>
    </message>
    <message>
        <source>Discard unsaved forms?</source>
        <translation>Kassér skemaer, der ikke er gemt?</translation>
    </message>
    <message>
        <source>The results of this round are released, so a saved form can no longer be corrected or deleted: a change could show what one person answered.</source>
        <translation>Resultaterne af denne runde er offentliggjort, så et gemt skema kan ikke længere rettes eller slettes: en ændring kunne vise, hvad én person har svaret.</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Saved. Type over an answer to correct it, or delete the form.</source>
        <translation>Gemt. Tast et nyt svar oven i det gamle for at rette det, eller slet skemaet.</translation>
    </message>
    <message>
        <source>Changed since it was saved: press Enter to save the correction.</source>
        <translation>Ændret, siden det blev gemt: tryk Enter for at gemme rettelsen.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The change was not saved</source>
        <translation>Ændringen blev ikke gemt</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Uventet fejl</translation>
    </message>
    <message>
        <source>Something went wrong in apvdesk. Your earlier changes are saved. If it happens again, please report it and include the details below.</source>
        <translation>Noget gik galt i apvdesk. Dine tidligere ændringer er gemt. Sker det igen, så rapportér det venligst, og tag detaljerne nedenfor med.</translation>
    </message>
</context>
<context>
    <name>FileCreation</name>
    <message>
        <source>Save the new workplace as</source>
        <translation>Gem den nye arbejdsplads som</translation>
    </message>
    <message>
        <source>apvdesk workplaces (*.apvdesk)</source>
        <translation>apvdesk-arbejdspladser (*.apvdesk)</translation>
    </message>
    <message>
        <source>Cannot create the workplace</source>
        <translation>Arbejdspladsen kan ikke oprettes</translation>
    </message>
    <message>
        <source>Creating the example workplace…</source>
        <translation>Opretter eksempel-arbejdspladsen…</translation>
    </message>
    <message>
        <source>Cannot create the example workplace</source>
        <translation>Eksempel-arbejdspladsen kan ikke oprettes</translation>
    </message>
</context>
<context>
    <name>FileInUseDialog</name>
    <message>
        <source>Workplace in use</source>
        <translation>Arbejdspladsen er i brug</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Åbn skrivebeskyttet</translation>
    </message>
    <message>
        <source>Clear the old lock and open</source>
        <translation>Fjern den gamle lås og åbn</translation>
    </message>
    <message>
        <source>Clear the lock and open…</source>
        <translation>Fjern låsen og åbn…</translation>
    </message>
    <message>
        <source>This workplace is marked as open in another copy of apvdesk, but the lock file beside it cannot be read.</source>
        <translation>Arbejdspladsen er markeret som åben i apvdesk et andet sted, men låsefilen ved siden af den kan ikke læses.</translation>
    </message>
    <message>
        <source>This workplace was left open by a copy of apvdesk that is no longer running: %1 on %2, since %3.</source>
        <translation>Arbejdspladsen blev efterladt åben af en apvdesk, der ikke kører længere: %1 på %2, siden %3.</translation>
    </message>
    <message>
        <source>This workplace is open in another copy of apvdesk: %1 on %2, since %3.</source>
        <translation>Arbejdspladsen er allerede åben i apvdesk et andet sted: %1 på %2, siden %3.</translation>
    </message>
    <message>
        <source>The lock file is probably left over from a crash. You can clear the old lock and open the file as usual, or open it read-only.</source>
        <translation>Låsefilen er sikkert tilbage efter et nedbrud. Du kan fjerne den gamle lås og åbne filen som sædvanligt eller åbne den skrivebeskyttet.</translation>
    </message>
    <message>
        <source>It probably closed unexpectedly. Everything saved before then is in the file. You can clear the old lock and open the file as usual, or open it read-only.</source>
        <translation>Programmet er sikkert lukket uventet. Alt, hvad der blev gemt inden da, er i filen. Du kan fjerne den gamle lås og åbne filen som sædvanligt eller åbne den skrivebeskyttet.</translation>
    </message>
    <message>
        <source>You can open it read-only to look and print. To make changes, close the other apvdesk window first (look in the taskbar).</source>
        <translation>Du kan åbne den skrivebeskyttet for at se og udskrive. Luk først det andet apvdesk-vindue (se på proceslinjen), hvis du vil ændre noget.</translation>
    </message>
    <message>
        <source>You can open it read-only to look and print. To make changes, close apvdesk there first.</source>
        <translation>Du kan åbne den skrivebeskyttet for at se og udskrive. Luk først apvdesk dér, hvis du vil ændre noget.</translation>
    </message>
    <message>
        <source>A questionnaire kiosk is running there, so its PIN is needed to open the file.</source>
        <translation>Dér kører spørgeskemaet i kiosktilstand, så kioskens PIN-kode skal bruges for at åbne filen.</translation>
    </message>
    <message>
        <source>If you are sure that apvdesk is not open on this PC, you can clear the lock instead.</source>
        <translation>Hvis du er sikker på, at apvdesk ikke er åben på denne pc, kan du i stedet fjerne låsen.</translation>
    </message>
    <message>
        <source>If %1 crashed or was switched off while apvdesk was running, you can clear the lock instead.</source>
        <translation>Hvis %1 gik ned eller blev slukket, mens apvdesk kørte, kan du i stedet fjerne låsen.</translation>
    </message>
    <message>
        <source>Only clear the lock if you are sure that apvdesk is not open on this PC: look in the taskbar, and remember that another user who is logged in on this PC may have it open. If two copies of apvdesk change the file at the same time, changes can be lost.</source>
        <translation>Fjern kun låsen, hvis du er sikker på, at apvdesk ikke er åben på denne pc: kig på proceslinjen, og husk, at en anden bruger, der er logget på denne pc, kan have den åben. Hvis filen bliver ændret to steder på samme tid, kan ændringer gå tabt.</translation>
    </message>
    <message>
        <source>Clear the lock?</source>
        <translation>Fjern låsen?</translation>
    </message>
    <message>
        <source>Only clear the lock if you are sure that apvdesk is no longer running on %1. If two copies of apvdesk change the file at the same time, changes can be lost.</source>
        <translation>Fjern kun låsen, hvis du er sikker på, at apvdesk ikke længere kører på %1. Hvis filen bliver ændret to steder på samme tid, kan ændringer gå tabt.</translation>
    </message>
</context>
<context>
    <name>FileMessages</name>
    <message>
        <source>%1 does not exist. Check the name and folder.</source>
        <translation>%1 findes ikke. Kontrollér navnet og mappen.</translation>
    </message>
    <message>
        <source>%1 is an apvdesk workplace file, but part of it is damaged. Open it in apvdesk to copy what can still be read into a new file, or use a backup copy; the file has not been changed.</source>
        <translation>%1 er en apvdesk-arbejdspladsfil, men en del af den er beskadiget. Åbn den i apvdesk for at kopiere det, der stadig kan læses, over i en ny fil, eller brug en sikkerhedskopi; filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of apvdesk. Install the newest apvdesk to open it; the file has not been changed.</source>
        <translation>%1 er gemt med en nyere version af apvdesk. Installer den nyeste apvdesk for at åbne den; filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>%1 is in use by the questionnaire kiosk on the computer %2 (since %3), so apvdesk shows nothing of it. Open it in the apvdesk window and enter the kiosk PIN, or leave the kiosk with its PIN first.</source>
        <translation>%1 bruges af spørgeskemaet i kiosktilstand på computeren %2 (siden %3), så apvdesk viser intet fra filen. Åbn den i apvdesk-vinduet, og indtast kioskens PIN-kode, eller forlad først kiosken med PIN-koden.</translation>
    </message>
    <message>
        <source>apvdesk may not write in the folder of %1, so it can open the file only to read it. To make changes, copy the file to a folder where you may write, and open the copy.</source>
        <translation>apvdesk må ikke skrive i mappen med %1, så filen kan kun åbnes til læsning. Hvis du vil ændre noget, så kopiér filen til en mappe, hvor du må skrive, og åbn kopien.</translation>
    </message>
    <message>
        <source>%1 was removed or replaced by another program while apvdesk had it open, so apvdesk saves nothing more in it; the last change was not saved. Close the workplace (File › Close workplace) and open the file again; if something is missing, restore a backup (File › Restore a backup).</source>
        <translation>%1 blev fjernet eller skiftet ud af et andet program, mens apvdesk havde filen åben, så apvdesk gemmer ikke mere i den; den sidste ændring blev ikke gemt. Luk arbejdspladsen (Filer › Luk arbejdspladsen), og åbn filen igen; mangler der noget, så gendan en sikkerhedskopi (Filer › Gendan en sikkerhedskopi).</translation>
    </message>
    <message>
        <source>%1 is a backup copy that apvdesk made, so nothing is changed in it. To work with it, open the workplace file in apvdesk and choose File › Restore a backup.</source>
        <translation>%1 er en sikkerhedskopi, som apvdesk har lavet, så der ændres ikke noget i den. Vil I arbejde videre med den, så åbn arbejdspladsfilen i apvdesk og vælg Filer › Gendan en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be saved; what was saved before is unchanged. Free some disk space, or choose another disk, and try again.</source>
        <translation>Disken er fuld, så %1 kunne ikke gemmes; det, der blev gemt før, er uændret. Frigør noget plads på disken, eller vælg en anden disk, og prøv igen.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to this version of apvdesk, so it was left as it was. Please report the problem; until then, use the version of apvdesk that made the file.</source>
        <translation>%1 kunne ikke opgraderes til denne version af apvdesk og er derfor ikke ændret. Meld venligst fejlen; brug indtil da den version af apvdesk, som lavede filen.</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Filen blev ikke fundet</translation>
    </message>
    <message>
        <source>Damaged file</source>
        <translation>Beskadiget fil</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>Disken er fuld</translation>
    </message>
    <message>
        <source>File open in another program</source>
        <translation>Filen er åben i et andet program</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Filen kan ikke læses</translation>
    </message>
    <message>
        <source>File from a newer apvdesk</source>
        <translation>Filen er fra en nyere apvdesk</translation>
    </message>
    <message>
        <source>Cannot upgrade the file</source>
        <translation>Filen kan ikke opgraderes</translation>
    </message>
    <message>
        <source>Workplace in use</source>
        <translation>Arbejdspladsen er i brug</translation>
    </message>
    <message>
        <source>Questionnaire kiosk running</source>
        <translation>Kiosktilstand kører</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Åbnet skrivebeskyttet</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Kan ikke gemme</translation>
    </message>
    <message>
        <source>%1 is marked as open in another copy of apvdesk, but the lock file %2 cannot be read; it is probably left over from a crash. Open the file in apvdesk to clear the old lock.</source>
        <translation>%1 er markeret som åben i apvdesk et andet sted, men låsefilen %2 kan ikke læses; den er sikkert tilbage efter et nedbrud. Åbn filen i apvdesk for at fjerne den gamle lås.</translation>
    </message>
    <message>
        <source>%1 was left open by a copy of apvdesk that is no longer running (%2 on the computer %3, since %4). Open the file in apvdesk to clear the old lock.</source>
        <translation>%1 blev efterladt åben af en apvdesk, der ikke kører længere (%2 på computeren %3, siden %4). Åbn filen i apvdesk for at fjerne den gamle lås.</translation>
    </message>
    <message>
        <source>%1 is open in another copy of apvdesk: %2 on the computer %3, since %4. Close apvdesk there and try again.</source>
        <translation>%1 er allerede åben i apvdesk et andet sted: %2 på computeren %3, siden %4. Luk apvdesk dér, og prøv igen.</translation>
    </message>
    <message>
        <source>%1 is an apvdesk collection file and may hold answers not added yet, so apvdesk does not write over it; it was left as it was. Choose another name for the file to save.</source>
        <translation>%1 er en indsamlingsfil fra apvdesk og kan indeholde svar, der ikke er lagt ind endnu, så apvdesk skriver ikke oven i den; den er ikke ændret. Vælg et andet navn til filen.</translation>
    </message>
    <message>
        <source>%1 is an apvdesk workplace file, so apvdesk does not write over it; it was left as it was. Choose another name for the file to save.</source>
        <translation>%1 er en apvdesk-arbejdspladsfil, så apvdesk skriver ikke oven i den; den er ikke ændret. Vælg et andet navn til den fil, der skal gemmes.</translation>
    </message>
    <message>
        <source>%1 belongs to an apvdesk workplace file (it marks the file as open, or holds an unfinished change), so apvdesk does not write over it; it was left as it was. Choose another name for the file to save.</source>
        <translation>%1 hører til en apvdesk-arbejdspladsfil (den viser, at filen er åben, eller rummer en ændring, der ikke blev gjort færdig), så apvdesk skriver ikke oven i den; den er ikke ændret. Vælg et andet navn til den fil, der skal gemmes.</translation>
    </message>
    <message>
        <source>%1 is opened read-only because apvdesk may not write to it, so the change was not saved. To make changes, copy the file to a folder where you may write, and open the copy.</source>
        <translation>%1 er åbnet skrivebeskyttet, fordi apvdesk ikke må skrive i den, så ændringen blev ikke gemt. Hvis du vil ændre noget, så kopiér filen til en mappe, hvor du må skrive, og åbn kopien.</translation>
    </message>
    <message>
        <source>%1 is opened read-only, so the change was not saved. To make changes, close the other copy of apvdesk that has the file open, then open the file again.</source>
        <translation>%1 er åbnet skrivebeskyttet, så ændringen blev ikke gemt. Hvis du vil ændre noget, så luk apvdesk dér, hvor filen også er åben, og åbn derefter filen igen.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workplace file. Choose a file that ends in .apvdesk.</source>
        <translation>%1 er en mappe, ikke en arbejdspladsfil. Vælg en fil, der ender på .apvdesk.</translation>
    </message>
    <message>
        <source>You do not have permission to read %1. Ask for access, or use a copy of the file you can read.</source>
        <translation>Du har ikke adgang til at læse %1. Bed om adgang, eller brug en kopi af filen, som du kan læse.</translation>
    </message>
    <message>
        <source>%1 is an apvdesk workplace file, but it is damaged and cannot be read. Use a backup copy; the file has not been changed.</source>
        <translation>%1 er en arbejdspladsfil fra apvdesk, men den er beskadiget og kan ikke læses. Brug en sikkerhedskopi; filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>%1 is not an apvdesk workplace file. Choose a file that ends in .apvdesk and was made by apvdesk.</source>
        <translation>%1 er ikke en arbejdspladsfil fra apvdesk. Vælg en fil, der ender på .apvdesk og er lavet med apvdesk.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: the network drive or shared folder it is on is not connected. Check the connection, or ask whoever looks after the network, and try again; nothing was written.</source>
        <translation>%1 kan ikke nås: netværksdrevet eller den delte mappe, filen ligger på, er ikke forbundet. Tjek forbindelsen, eller spørg den, der passer netværket, og prøv igen; der blev ikke skrevet noget.</translation>
    </message>
    <message>
        <source>%1 is a folder, so it cannot be written. Choose a file name.</source>
        <translation>%1 er en mappe og kan ikke gemmes som fil. Vælg et filnavn.</translation>
    </message>
    <message>
        <source>%1 cannot be written because the folder %2 does not exist. Create the folder or choose another one.</source>
        <translation>%1 kan ikke gemmes, fordi mappen %2 ikke findes. Opret mappen, eller vælg en anden.</translation>
    </message>
    <message>
        <source>%1 is read-only. Remove the read-only mark, or copy the file to a folder where you may write.</source>
        <translation>%1 er skrivebeskyttet. Fjern skrivebeskyttelsen, eller kopiér filen til en mappe, hvor du har skriveadgang.</translation>
    </message>
    <message>
        <source>%1 cannot be written because you may not write in the folder %2. Choose another folder.</source>
        <translation>%1 kan ikke gemmes, fordi du ikke har skriveadgang til mappen %2. Vælg en anden mappe.</translation>
    </message>
    <message>
        <source>%1 cannot be written because the file or its folder is read-only here (a locked USB stick, say, or a shared folder you may only read). Nothing was changed. Copy the file to a folder where you may write, or ask for permission to write.</source>
        <translation>%1 kan ikke skrives, fordi filen eller dens mappe er skrivebeskyttet her (for eksempel et låst USB-stik eller en delt mappe, du kun må læse i). Intet er ændret. Kopiér filen til en mappe, hvor du må skrive, eller bed om tilladelse til at skrive.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another folder or free some disk space.</source>
        <translation>%1 kan ikke gemmes: %2. Vælg en anden mappe, eller frigør plads på disken.</translation>
    </message>
    <message>
        <source>%1 is open in another program (%2). Close it there and try again; nothing was written.</source>
        <translation>%1 er åben i et andet program (%2). Luk filen dér, og prøv igen; der blev ikke skrevet noget.</translation>
    </message>
    <message>
        <source>%1 is held by another program, such as a PDF reader, a spreadsheet or an antivirus check. Close it and try again; nothing was written.</source>
        <translation>%1 er optaget af et andet program, f.eks. en PDF-læser, et regneark eller et antivirusprogram, der tjekker filen. Luk filen, og prøv igen; der blev ikke skrevet noget.</translation>
    </message>
</context>
<context>
    <name>FileMoving</name>
    <message>
        <source>The workplace file was not moved</source>
        <translation>Arbejdspladsfilen blev ikke flyttet</translation>
    </message>
    <message>
        <source>The workplace file was copied to %1 and checked, but the old file %2 could not be removed. Delete the old file yourself, so that no one goes on working in it.</source>
        <translation>Arbejdspladsfilen er kopieret til %1 og tjekket, men den gamle fil %2 kunne ikke fjernes. Slet selv den gamle fil, så ingen arbejder videre i den.</translation>
    </message>
    <message>
        <source>The workplace file was moved to %1.</source>
        <translation>Arbejdspladsfilen er flyttet til %1.</translation>
    </message>
    <message>
        <source>Move the workplace file</source>
        <translation>Flyt arbejdspladsfilen</translation>
    </message>
    <message>
        <source>Move the workplace file to</source>
        <translation>Flyt arbejdspladsfilen til</translation>
    </message>
    <message>
        <source>apvdesk workplaces (*.apvdesk)</source>
        <translation>apvdesk-arbejdspladser (*.apvdesk)</translation>
    </message>
    <message>
        <source>There is already a file called %1. Choose another name or folder.</source>
        <translation>Der findes allerede en fil, der hedder %1. Vælg et andet navn eller en anden mappe.</translation>
    </message>
</context>
<context>
    <name>FindingsBox</name>
    <message>
        <source>Findings to assess</source>
        <translation>Fund, der skal vurderes</translation>
    </message>
    <message>
        <source>Each red or yellow result, and each meeting point rated a problem, must be assessed: make it a problem in the action plan, or write why it is not one. Until then the checklist on the Overview page is not met.</source>
        <translation>Hvert rødt eller gult resultat og hvert mødepunkt, der er vurderet som et problem, skal vurderes: gør det til et problem i handlingsplanen, eller skriv, hvorfor det ikke er et. Indtil da er tjeklisten på siden Overblik ikke opfyldt.</translation>
    </message>
    <message>
        <source>Show only the findings not handled yet</source>
        <translation>Vis kun de fund, der ikke er behandlet endnu</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Behandlet ved</translation>
    </message>
    <message>
        <source>Make it a problem…</source>
        <translation>Gør det til et problem …</translation>
    </message>
    <message>
        <source>Not a problem: write why…</source>
        <translation>Ikke et problem: skriv hvorfor …</translation>
    </message>
    <message>
        <source>Select one or more findings; one reason is written for them all.</source>
        <translation>Vælg et eller flere fund; der skrives én begrundelse for dem alle.</translation>
    </message>
    <message>
        <source>Take the reason back</source>
        <translation>Fortryd begrundelsen</translation>
    </message>
    <message>
        <source>Problem %1 in the action plan</source>
        <translation>Problem %1 i handlingsplanen</translation>
    </message>
    <message>
        <source>Not a problem (%1): %2</source>
        <translation>Ikke et problem (%1): %2</translation>
    </message>
    <message>
        <source>Not handled yet</source>
        <translation>Ikke behandlet endnu</translation>
    </message>
    <message>
        <source>No red or yellow results and no meeting points rated a problem.</source>
        <translation>Ingen røde eller gule resultater og ingen mødepunkter vurderet som et problem.</translation>
    </message>
    <message>
        <source>%1 of %2 findings are not handled yet.</source>
        <translation>%1 af %2 fund er ikke behandlet endnu.</translation>
    </message>
    <message>
        <source>Every finding is handled: %1 in all.</source>
        <translation>Alle fund er behandlet: %1 i alt.</translation>
    </message>
    <message>
        <source>Raised at a dialogue meeting.</source>
        <translation>Rejst på et dialogmøde.</translation>
    </message>
    <message>
        <source>Write why the assessment does not make this a problem in the action plan. The reason and the date are kept in the APV and shown with the finding.</source>
        <translation>Skriv, hvorfor vurderingen ikke gør dette til et problem i handlingsplanen. Begrundelsen og datoen gemmes i APV'en og vises ved fundet.</translation>
    </message>
</context>
<context>
    <name>FollowUpListPdf</name>
    <message>
        <source>Follow-up list</source>
        <translation>Opfølgningsliste</translation>
    </message>
    <message>
        <source>%1, of which %2 overdue</source>
        <translation>%1, heraf %2 overskredet</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbejdsplads</translation>
    </message>
    <message>
        <source>APV round</source>
        <translation>APV-runde</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Åbne tiltag</translation>
    </message>
    <message>
        <source>The actions of the action plan that are not done yet, the earliest deadline first. Tick an action off when it is done, and write down how it went and whether it had the effect intended; then enter it on the Action plan page in apvdesk.</source>
        <translation>Handlingsplanens tiltag, som ikke er gennemført endnu, med den tidligste frist først. Sæt kryds, når et tiltag er gennemført, og skriv, hvordan det gik, og om det virkede som tænkt. Skriv det derefter ind på siden Handlingsplan i apvdesk.</translation>
    </message>
    <message>
        <source>There are no open actions in this action plan: nothing to follow up.</source>
        <translation>Der er ingen åbne tiltag i denne handlingsplan, så der er intet at følge op på.</translation>
    </message>
    <message>
        <source>Problem %1: %2</source>
        <translation>Problem %1: %2</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>No date set yet</source>
        <translation>Ingen dato endnu</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Problem and action</source>
        <translation>Problem og tiltag</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Effect check</source>
        <translation>Opfølgning på effekten</translation>
    </message>
    <message>
        <source>Outcome and effect:</source>
        <translation>Resultat og effekt:</translation>
    </message>
    <message>
        <source>Gone through on %1 by %2</source>
        <translation>Gennemgået den %1 af %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Hvad skal gøres</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tiltag</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue: deadline passed</source>
        <translation>Overskredet: fristen er passeret</translation>
    </message>
    <message>
        <source>Check the effect</source>
        <translation>Tjek effekten</translation>
    </message>
    <message>
        <source>Deadline within 14 days</source>
        <translation>Frist inden for 14 dage</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afsluttet</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>History of the chosen action:</source>
        <translation>Historik for det valgte tiltag:</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Check that the actions are carried out and that they work. Overdue actions and effect checks that are due come first.</source>
        <translation>Tjek, at tiltagene bliver gennemført, og at de virker. Overskredne tiltag og effekttjek, der skal laves nu, står først.</translation>
    </message>
    <message>
        <source>Actions to follow up</source>
        <translation>Tiltag at følge op på</translation>
    </message>
    <message>
        <source>Record progress and effect…</source>
        <translation>Registrér fremskridt og effekt…</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Tilføj note…</translation>
    </message>
    <message>
        <source>Move the deadline…</source>
        <translation>Flyt frist…</translation>
    </message>
    <message>
        <source>Choose the next step…</source>
        <translation>Vælg næste skridt…</translation>
    </message>
    <message>
        <source>Go to the action plan</source>
        <translation>Gå til handlingsplanen</translation>
    </message>
    <message>
        <source>Show finished and cancelled actions</source>
        <translation>Vis afsluttede og aflyste tiltag</translation>
    </message>
    <message>
        <source>There are no actions yet. Add them to the problems on the Action plan page.</source>
        <translation>Der er ingen tiltag endnu. Tilføj dem til problemerne på siden Handlingsplan.</translation>
    </message>
    <message>
        <source>Nothing is overdue or due within the next 14 days.</source>
        <translation>Intet er overskredet eller skal gøres inden for de næste 14 dage.</translation>
    </message>
    <message>
        <source>Overdue: %1. Due within 14 days (deadlines and effect checks): %2.</source>
        <translation>Overskredet: %1. Inden for 14 dage (frister og effekttjek): %2.</translation>
    </message>
    <message>
        <source>Waiting for the next step: %1.</source>
        <translation>Venter på næste skridt: %1.</translation>
    </message>
    <message>
        <source>To be reconsidered: %1.</source>
        <translation>Skal genovervejes: %1.</translation>
    </message>
</context>
<context>
    <name>FollowUpRoundBox</name>
    <message>
        <source>Follow-up questionnaire</source>
        <translation>Opfølgningsspørgeskema</translation>
    </message>
    <message>
        <source>Some months after the actions, ask again the questions behind the problems. A short questionnaire shows whether the scores have moved; the answers are as anonymous as in the APV itself.</source>
        <translation>Nogle måneder efter tiltagene kan I stille spørgsmålene bag problemerne igen. Et kort spørgeskema viser, om resultaterne har flyttet sig; svarene er lige så anonyme som i selve APV'en.</translation>
    </message>
    <message>
        <source>Ask again about these problems:</source>
        <translation>Spørg igen om disse problemer:</translation>
    </message>
    <message>
        <source>Start follow-up questionnaire</source>
        <translation>Start opfølgningsspørgeskema</translation>
    </message>
    <message>
        <source>Start kiosk mode…</source>
        <translation>Start kiosktilstand…</translation>
    </message>
    <message>
        <source>Type in paper forms…</source>
        <translation>Indtast papirskemaer…</translation>
    </message>
    <message>
        <source>Import answers…</source>
        <translation>Importér svar…</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>Ny opfølgning…</translation>
    </message>
    <message>
        <source>End the collection and show the results…</source>
        <translation>Afslut indsamlingen og vis resultaterne…</translation>
    </message>
    <message>
        <source>Reopen the collection…</source>
        <translation>Åbn indsamlingen igen…</translation>
    </message>
    <message>
        <source>Paper follow-up questionnaire</source>
        <translation>Opfølgningsspørgeskema på papir</translation>
    </message>
    <message>
        <source>The short questionnaire on paper, for those who prefer a pen.</source>
        <translation>Det korte spørgeskema på papir, til dem, der helst vil bruge en kuglepen.</translation>
    </message>
    <message>
        <source>Print paper questionnaire…</source>
        <translation>Udskriv papirspørgeskema…</translation>
    </message>
    <message>
        <source>The follow-up questionnaire was saved as %1.</source>
        <translation>Opfølgningsskemaet er gemt som %1.</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Før og efter</translation>
    </message>
    <message>
        <source>No problems with a theme yet: register them on the Action plan page.</source>
        <translation>Ingen problemer med et tema endnu: registrér dem på siden Handlingsplan.</translation>
    </message>
    <message>
        <source>“%1”, started on %2: %3 answers so far.</source>
        <translation>»%1«, startet den %2: %3 svar indtil nu.</translation>
    </message>
    <message>
        <source>The after figures are shown when you end the collection (and only for groups with at least %1 answers). The before figures are those of the APV when the follow-up started.</source>
        <translation>Tallene for »efter« vises, når I afslutter indsamlingen (og kun for grupper med mindst %1 svar). Tallene for »før« er APV'ens, som de var, da opfølgningen startede.</translation>
    </message>
    <message>
        <source>Scores from 0 to 100. The before figures are those of the APV when the follow-up started. A group with too few answers is withheld, as everywhere.</source>
        <translation>Point fra 0 til 100. Tallene for »før« er APV'ens, som de var, da opfølgningen startede. En gruppe med for få svar er skjult, som alle andre steder.</translation>
    </message>
    <message>
        <source>Follow-up on %1</source>
        <translation>Opfølgning på %1</translation>
    </message>
</context>
<context>
    <name>FullReportCommandTexts</name>
    <message>
        <source>The round “%2” in %1 is still collecting answers, so it has no results to report yet. End the collection in apvdesk (Mapping › End the collection) first.</source>
        <translation>Runden »%2« i %1 samler stadig svar ind, så der er ingen resultater at rapportere endnu. Afslut først indsamlingen i apvdesk (Kortlægning › Afslut indsamlingen).</translation>
    </message>
    <message>
        <source>The APV report was saved as %1.</source>
        <translation>APV-rapporten er gemt som %1.</translation>
    </message>
</context>
<context>
    <name>FullReportFindingsPdf</name>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Mean 0–100 with the number of answers (n). %1. “withheld”: see Method.</source>
        <translation>Gennemsnit 0–100 med antal svar (n). %1. »skjult«: se Metode.</translation>
    </message>
    <message>
        <source>No demand–influence map: %1</source>
        <translation>Intet kort over krav og indflydelse: %1</translation>
    </message>
    <message>
        <source>No dialogue meeting was held in this round.</source>
        <translation>Der blev ikke holdt dialogmøder i denne runde.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ikke noteret</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>%1 (names are not recorded)</source>
        <translation>%1 (navne noteres ikke)</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Mødeleder</translation>
    </message>
    <message>
        <source>Meeting on %1</source>
        <translation>Møde den %1</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>What does not work</source>
        <translation>Hvad fungerer ikke</translation>
    </message>
    <message>
        <source>No point was rated at this meeting.</source>
        <translation>Intet punkt blev vurderet på dette møde.</translation>
    </message>
</context>
<context>
    <name>FullReportPdf</name>
    <message>
        <source>APV report – %1</source>
        <translation>APV-rapport – %1</translation>
    </message>
    <message>
        <source>Whole workplace</source>
        <translation>Hele arbejdspladsen</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>skjult</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbejdsplads</translation>
    </message>
    <message>
        <source>APV round</source>
        <translation>APV-runde</translation>
    </message>
    <message>
        <source>CVR no.</source>
        <translation>CVR-nr.</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>Response rate below %1: read the results with care.</source>
        <translation>Svarprocent under %1: læs resultaterne med forsigtighed.</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Work environment organisation (AMO)</source>
        <translation>Arbejdsmiljøorganisation (AMO)</translation>
    </message>
    <message>
        <source>Employees in the round</source>
        <translation>Ansatte i runden</translation>
    </message>
    <message>
        <source>Yes, in two levels</source>
        <translation>Ja, i to niveauer</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Safety representatives</source>
        <translation>Arbejdsmiljørepræsentanter</translation>
    </message>
    <message>
        <source>The workplace assessment (APV) of the psychosocial work environment: how it was done, what it found, what the dialogue meetings said, the sickness absence, the problems and what will be done about them, and how it is followed up.</source>
        <translation>Arbejdspladsvurderingen (APV) af det psykiske arbejdsmiljø: hvordan den blev lavet, hvad den fandt, hvad dialogmøderne sagde, sygefraværet, problemerne og hvad der gøres ved dem, og hvordan der følges op.</translation>
    </message>
    <message>
        <source>Workplace assessment (APV) – psychosocial work environment</source>
        <translation>APV – psykisk arbejdsmiljø</translation>
    </message>
    <message>
        <source>Questionnaire: %1 answered, in these languages: %2.</source>
        <translation>Spørgeskema: %1 har svaret, på disse sprog: %2.</translation>
    </message>
    <message>
        <source>Questionnaire: nobody has answered yet.</source>
        <translation>Spørgeskema: ingen har svaret endnu.</translation>
    </message>
    <message>
        <source>Dialogue meetings: %1 held (see Dialogue findings).</source>
        <translation>Dialogmøder: %1 afholdt (se Resultater fra dialogmøder).</translation>
    </message>
    <message>
        <source>Dialogue meetings: none held.</source>
        <translation>Dialogmøder: ingen afholdt.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Themes asked</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>A result is shown only when at least %1 have answered. A result marked “withheld” has too few answers, or is held back so that a smaller group cannot be worked out from the others; it is never shown as a number.</source>
        <translation>Et resultat vises kun, når mindst %1 har svaret. Et resultat markeret »skjult« har for få svar, eller holdes tilbage, så en mindre gruppe ikke kan regnes ud fra de andre; det vises aldrig som et tal.</translation>
    </message>
    <message>
        <source>Means 0–100, high is good: ● green from %1, ▲ yellow between, ■ red below %2. For demands, where high is heavy, the limits are mirrored.</source>
        <translation>Gennemsnit 0–100, højt er godt: ● grøn fra %1, ▲ gul imellem, ■ rød under %2. For krav, hvor højt er belastende, er grænserne spejlet.</translation>
    </message>
    <message>
        <source>apvdesk's own, written for small Danish workplaces; not COPSOQ, so the results cannot be compared with COPSOQ reference figures.</source>
        <translation>apvdesks egne, skrevet til små danske arbejdspladser; ikke COPSOQ, så resultaterne kan ikke sammenlignes med COPSOQ's referencetal.</translation>
    </message>
    <message>
        <source>How answers were collected</source>
        <translation>Sådan blev svarene indsamlet</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonymitet</translation>
    </message>
    <message>
        <source>Traffic lights</source>
        <translation>Trafiklys</translation>
    </message>
    <message>
        <source>The questions</source>
        <translation>Spørgsmålene</translation>
    </message>
    <message>
        <source>Fewer than %1 answers: results withheld.</source>
        <translation>Færre end %1 svar: resultaterne er skjult.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Svaret</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>Response overview</source>
        <translation>Svaroversigt</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
    <message>
        <source>Dialogue findings</source>
        <translation>Resultater fra dialogmøder</translation>
    </message>
    <message>
        <source>Sickness absence</source>
        <translation>Sygefravær</translation>
    </message>
    <message>
        <source>Problems and action plan</source>
        <translation>Problemer og handlingsplan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>APV report</source>
        <translation>APV-rapport</translation>
    </message>
</context>
<context>
    <name>FullReportPlanPdf</name>
    <message>
        <source>– : withheld, so that no one's absence can be worked out from the figures.</source>
        <translation>– : skjult, så ingens fravær kan regnes ud fra tallene.</translation>
    </message>
    <message>
        <source>No sickness absence has been recorded for this round.</source>
        <translation>Der er ikke registreret sygefravær for denne runde.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Delvist</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Ikke vurderet endnu</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ikke noteret</translation>
    </message>
    <message>
        <source>Can conditions at work contribute to the sickness absence?</source>
        <translation>Kan forhold på arbejdet bidrage til sygefraværet?</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Vurderet den</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Absence days</source>
        <translation>Fraværsdage</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Fravær</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 procentpoint</translation>
    </message>
    <message>
        <source>Next APV</source>
        <translation>Næste APV</translation>
    </message>
    <message>
        <source>No problems have been recorded in this round.</source>
        <translation>Der er ikke registreret problemer i denne runde.</translation>
    </message>
    <message>
        <source>The annual work-environment discussion: the employer and the work environment organisation (AMO) go through the year's work environment once a year; follow up this action plan there.</source>
        <translation>Den årlige arbejdsmiljødrøftelse: arbejdsgiveren og arbejdsmiljøorganisationen (AMO) gennemgår årets arbejdsmiljø én gang om året; følg op på denne handlingsplan der.</translation>
    </message>
    <message>
        <source>The annual work-environment discussion: the employer and the employees go through the year's work environment once a year; follow up this action plan there.</source>
        <translation>Den årlige arbejdsmiljødrøftelse: arbejdsgiveren og de ansatte gennemgår årets arbejdsmiljø én gang om året; følg op på denne handlingsplan der.</translation>
    </message>
    <message>
        <source>%1 at the latest (three years after this round, or sooner for a change in the work)</source>
        <translation>Senest %1 (tre år efter denne runde eller før ved en ændring i arbejdet)</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Åbne tiltag</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Due within 14 days</source>
        <translation>Frist inden for 14 dage</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gennemført</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>Getting started</source>
        <translation>Kom i gang</translation>
    </message>
    <message>
        <source>Every employer with employees must make a workplace assessment (APV) and keep it in writing, available to management and employees (BEK 1838/2023, the executive order of 14 December 2023 on systematic work environment work). The employer chooses the method. apvdesk covers the psychosocial work environment; write down on the Overview page where the rest of the APV (physical, chemical and ergonomic conditions, accidents) is kept.

The times are rough estimates for a workplace with 5 to 60 employees. apvdesk saves every change at once, so you can stop at any point and go on later.</source>
        <translation>Enhver arbejdsgiver med ansatte skal lave en arbejdspladsvurdering (APV) og have den på skrift, så ledelse og ansatte kan læse den (BEK 1838/2023, bekendtgørelsen af 14. december 2023 om systematisk arbejdsmiljøarbejde). Arbejdsgiveren vælger metoden. apvdesk dækker det psykiske arbejdsmiljø; skriv på siden Overblik, hvor resten af APV'en (fysiske, kemiske og ergonomiske forhold, ulykker) ligger.

Tiderne er løse skøn for en arbejdsplads med 5 til 60 ansatte. apvdesk gemmer hver ændring med det samme, så I kan stoppe når som helst og fortsætte senere.</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <source>The rules:</source>
        <translation>Reglerne:</translation>
    </message>
    <message>
        <source>1. Prepare</source>
        <translation>1. Forbered</translation>
    </message>
    <message>
        <source>Fill in the workplace, the groups that take part (one per team, with the number of employees), the manager, the safety representative and the work environment organisation (AMO). Check the round: its themes, its languages and the anonymity threshold, and set a PIN for the kiosk.</source>
        <translation>Udfyld arbejdspladsen, de grupper, der er med (én pr. team med antal ansatte), lederen, arbejdsmiljørepræsentanten og arbejdsmiljøorganisationen (AMO). Tjek runden: dens temaer, dens sprog og anonymitetsgrænsen, og sæt en PIN til kiosken.</translation>
    </message>
    <message>
        <source>The employees take part in the APV: in firms with 1–9 employees by direct contact and dialogue, from 10 employees through the work environment organisation (AMO) (arbejdsmiljøloven §§ 6–7).</source>
        <translation>De ansatte er med i APV'en: i virksomheder med 1–9 ansatte gennem direkte kontakt og dialog, fra 10 ansatte gennem arbejdsmiljøorganisationen (AMO) (arbejdsmiljøloven §§ 6–7).</translation>
    </message>
    <message>
        <source>ca. 30 min.</source>
        <translation>ca. 30 min.</translation>
    </message>
    <message>
        <source>Go to Preparation</source>
        <translation>Gå til Forberedelse</translation>
    </message>
    <message>
        <source>2. Map</source>
        <translation>2. Kortlæg</translation>
    </message>
    <message>
        <source>Collect the answers: on this PC in kiosk mode, on paper forms you type in, or from a spreadsheet. A group too small for a questionnaire can hold a dialogue meeting instead. Then end the collection, so the results are shown.</source>
        <translation>Indsaml svarene: på denne pc i kiosktilstand, på papirskemaer, som I taster ind, eller fra et regneark. En gruppe, der er for lille til et spørgeskema, kan holde et dialogmøde i stedet. Afslut så indsamlingen, så resultaterne vises.</translation>
    </message>
    <message>
        <source>The risk assessment must rest on a mapping of the working conditions (BEK 1838/2023).</source>
        <translation>Risikovurderingen skal bygge på en kortlægning af arbejdsforholdene (BEK 1838/2023).</translation>
    </message>
    <message>
        <source>ca. 1–2 weeks for the employees to answer (ca. 10–15 min each); your own work ca. 1 hour, plus ca. 3 min per paper form typed in, or ca. 1 hour per dialogue meeting.</source>
        <translation>ca. 1–2 uger, til de ansatte har svaret (ca. 10–15 min hver); jeres eget arbejde ca. 1 time plus ca. 3 min pr. papirskema, der tastes ind, eller ca. 1 time pr. dialogmøde.</translation>
    </message>
    <message>
        <source>Go to Mapping</source>
        <translation>Gå til Kortlægning</translation>
    </message>
    <message>
        <source>3. Assess</source>
        <translation>3. Vurder</translation>
    </message>
    <message>
        <source>Look at the results for each group with the safety representative. Make each red or yellow result a problem, or write why it is not one. Enter the sickness absence and judge whether work contributes to it.</source>
        <translation>Se resultaterne for hver gruppe sammen med arbejdsmiljørepræsentanten. Gør hvert rødt eller gult resultat til et problem, eller skriv, hvorfor det ikke er et. Indtast sygefraværet, og vurder, om arbejdet bidrager til det.</translation>
    </message>
    <message>
        <source>Each problem is described by its kind, seriousness, extent and causes, and the sickness absence is included: can conditions at work contribute to it? (BEK 1838/2023).</source>
        <translation>Hvert problem beskrives med art, alvor, omfang og årsager, og sygefraværet inddrages: kan forhold på arbejdet bidrage til det? (BEK 1838/2023).</translation>
    </message>
    <message>
        <source>ca. 1–2 hours, best at a meeting with the safety representative or the AMO.</source>
        <translation>ca. 1–2 timer, helst på et møde med arbejdsmiljørepræsentanten eller AMO.</translation>
    </message>
    <message>
        <source>Go to Assessment</source>
        <translation>Gå til Vurdering</translation>
    </message>
    <message>
        <source>Go to Sickness absence</source>
        <translation>Gå til Sygefravær</translation>
    </message>
    <message>
        <source>4. Plan</source>
        <translation>4. Planlæg</translation>
    </message>
    <message>
        <source>For each problem, decide on actions: what is done, who is responsible and by when. Then print the plan to sign and pin up.</source>
        <translation>Beslut tiltag for hvert problem: hvad der gøres, hvem der er ansvarlig, og hvornår fristen er. Udskriv så handlingsplanen, så den kan underskrives og hænges op.</translation>
    </message>
    <message>
        <source>A written action plan for the problems that cannot be solved at once, saying how and when each is solved and who is responsible (BEK 1838/2023). Having the plan approved and signed by the AMO, or by the employer and an employee representative, is good practice from the trade's guidance, not a rule.</source>
        <translation>En skriftlig handlingsplan for de problemer, der ikke kan løses med det samme, der siger, hvordan og hvornår hvert løses, og hvem der er ansvarlig (BEK 1838/2023). At få planen godkendt og underskrevet af AMO eller af arbejdsgiveren og en medarbejderrepræsentant er god praksis fra branchens vejledning, ikke et krav.</translation>
    </message>
    <message>
        <source>ca. 1 hour, plus ca. 15 min to print, sign and pin up the plan.</source>
        <translation>ca. 1 time plus ca. 15 min til at udskrive, underskrive og hænge planen op.</translation>
    </message>
    <message>
        <source>Go to Action plan</source>
        <translation>Gå til Handlingsplan</translation>
    </message>
    <message>
        <source>Go to Reports</source>
        <translation>Gå til Rapporter</translation>
    </message>
    <message>
        <source>5. Follow up</source>
        <translation>5. Følg op</translation>
    </message>
    <message>
        <source>Mark actions done as they are carried out, and check on the date you set whether each one worked. Start the next APV when the work changes.</source>
        <translation>Markér tiltag som gennemført, efterhånden som de gøres, og tjek på den dato, I har sat, om hvert tiltag virkede. Start næste APV, når arbejdet ændrer sig.</translation>
    </message>
    <message>
        <source>The plan is carried out and it is followed up whether the measures work. The APV is revised when work, methods or premises change, and at least every third year; an annual work environment discussion is held as well (BEK 1838/2023).</source>
        <translation>Planen gennemføres, og der følges op på, om tiltagene virker. APV'en revideres, når arbejde, arbejdsmetoder eller lokaler ændres, og mindst hvert tredje år; derudover holdes en årlig arbejdsmiljødrøftelse (BEK 1838/2023).</translation>
    </message>
    <message>
        <source>ca. 10 min per action when it is due; the next APV at the latest after three years.</source>
        <translation>ca. 10 min pr. tiltag, når fristen kommer; næste APV senest efter tre år.</translation>
    </message>
    <message>
        <source>Go to Follow-up</source>
        <translation>Gå til Opfølgning</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Open or create a workplace to go to its pages from here.</source>
        <translation>Åbn eller opret en arbejdsplads for at gå til dens sider herfra.</translation>
    </message>
</context>
<context>
    <name>GroupNamesDialog</name>
    <message>
        <source>Group names in other languages</source>
        <translation>Gruppenavne på andre sprog</translation>
    </message>
    <message>
        <source>An employee who answers in another language sees the groups by these names, in the kiosk and on the paper form. Where a name is empty, the group's own name is shown, with a note in that language that it is only in Danish.</source>
        <translation>En medarbejder, der svarer på et andet sprog, ser grupperne med disse navne – i kiosken og på papirskemaet. Hvor et navn er tomt, vises gruppens eget navn med en bemærkning på det sprog om, at navnet kun findes på dansk.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>GroupNamesNote</name>
    <message>
        <source>Names in other languages…</source>
        <translation>Navne på andre sprog…</translation>
    </message>
    <message>
        <source>%1: no name yet for %2.</source>
        <translation>%1: intet navn endnu til %2.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>»%1«</translation>
    </message>
    <message>
        <source>The kiosk and the paper form show the Danish name there, with a note that it is only in Danish.</source>
        <translation>Kiosken og papirskemaet viser dér det danske navn med en bemærkning om, at det kun findes på dansk.</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Arbejdssted</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <source>… and %1 more problems.</source>
        <translation>… og %1 fejl mere.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan ikke læses: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, far more than anyone's answers. Check that it is the right file.</source>
        <translation>%1 er større end %2 MB – langt mere end nogens svar fylder. Tjek, at det er den rigtige fil.</translation>
    </message>
    <message>
        <source>%1 is in the old Excel format (.xls). Open it in Excel and save it as .xlsx or CSV.</source>
        <translation>%1 er i det gamle Excel-format (.xls). Åbn den i Excel, og gem den som .xlsx eller CSV.</translation>
    </message>
    <message>
        <source>%1 is protected by a password, so apvdesk cannot read it. In Excel, remove the password (File, Info, Protect Workbook, Encrypt with Password), save the file and try again.</source>
        <translation>%1 er beskyttet med en adgangskode, så apvdesk kan ikke læse den. Fjern adgangskoden i Excel (Filer, Oplysninger, Beskyt projektmappe, Krypter med adgangskode), gem filen, og prøv igen.</translation>
    </message>
    <message>
        <source>%1 is neither a CSV file nor an Excel spreadsheet (.xlsx). Save the answers as CSV or .xlsx from your spreadsheet program.</source>
        <translation>%1 er hverken en CSV-fil eller et Excel-regneark (.xlsx). Gem svarene som CSV eller .xlsx fra dit regnearksprogram.</translation>
    </message>
    <message>
        <source>%1 looks like an Excel spreadsheet but is damaged or incomplete. Open it in your spreadsheet program, save it again as .xlsx or CSV, and try again.</source>
        <translation>%1 ligner et Excel-regneark, men er beskadiget eller ufuldstændig. Åbn den i dit regnearksprogram, gem den igen som .xlsx eller CSV, og prøv igen.</translation>
    </message>
    <message>
        <source>The sheet has merged cells (%1), so it is not clear which rows they belong to. Unmerge them, write the value in every row, and try again.</source>
        <translation>Arket har flettede celler (%1), så det er ikke klart, hvilke rækker de hører til. Ophæv fletningen, skriv værdien i hver række, og prøv igen.</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 filled columns, far more than a questionnaire has. Check that it is the right file.</source>
        <translation>Række %1 har mere end %2 udfyldte kolonner – langt flere end et spørgeskema har. Tjek, at det er den rigtige fil.</translation>
    </message>
    <message>
        <source>%1 could not be read because of an error in apvdesk (%2). Nothing was imported. Please report this, with the file if you may share it.</source>
        <translation>%1 kunne ikke læses på grund af en fejl i apvdesk (%2). Intet blev importeret. Meld venligst fejlen – gerne med filen, hvis du må dele den.</translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV near row %2 (perhaps a quote is not closed, or a cell is huge). Save it again as CSV from your spreadsheet program.</source>
        <translation>%1 kan ikke læses som CSV omkring række %2 (måske mangler et afsluttende anførselstegn, eller en celle er meget stor). Gem den igen som CSV fra dit regnearksprogram.</translation>
    </message>
    <message>
        <source>%1 is empty. Start from an empty template and write one row per respondent.</source>
        <translation>%1 er tom. Start med en tom skabelon, og skriv én række for hver person, der har svaret.</translation>
    </message>
    <message>
        <source>%1 has a header row but no answers. Write one row per respondent below the header.</source>
        <translation>%1 har en overskriftsrække, men ingen svar. Skriv én række for hver person, der har svaret, under overskriften.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows. Import at most %1 rows at a time.</source>
        <translation>Filen har mere end %1 rækker. Importér højst %1 rækker ad gangen.</translation>
    </message>
    <message>
        <source>Row %1 (the header) has no “group” column. Use the header row of an empty template for this round.</source>
        <translation>Række %1 (overskriften) har ingen kolonne »group«. Brug overskriftsrækken fra en tom skabelon til denne runde.</translation>
    </message>
    <message>
        <source>Row %1 (the header) names columns that this round does not have: %2. Use the header row of an empty template for this round.</source>
        <translation>Række %1 (overskriften) nævner kolonner, som denne runde ikke har: %2. Brug overskriftsrækken fra en tom skabelon til denne runde.</translation>
    </message>
    <message>
        <source>Row %1 (the header) names these columns more than once: %2.</source>
        <translation>Række %1 (overskriften) nævner disse kolonner mere end én gang: %2.</translation>
    </message>
    <message>
        <source>Row %1 (the header): column %2 has no name. Remove the column or name it.</source>
        <translation>Række %1 (overskriften): kolonne %2 har intet navn. Slet kolonnen, eller giv den et navn.</translation>
    </message>
    <message>
        <source>Row %1 has %2 cells, but the header has %3.</source>
        <translation>Række %1 har %2 celler, men overskriften har %3.</translation>
    </message>
    <message>
        <source>Row %1 has no group.</source>
        <translation>Række %1 har ingen gruppe.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a group in this round. The groups are: %3.</source>
        <translation>Række %1: »%2« er ikke en gruppe i denne runde. Grupperne er: %3.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a language of the questionnaire. Use one of: %3.</source>
        <translation>Række %1: »%2« er ikke et af spørgeskemaets sprog. Brug et af: %3.</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3): %4 is not an answer. Use 1 to %5 as printed, 0 for don't know, or leave the cell blank.</source>
        <translation>Række %1, kolonne %2 (%3): %4 er ikke et svar. Brug 1 til %5 som på skemaet, 0 for ved ikke, eller lad cellen være tom.</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3): “%4” is not one of the answers to this question.</source>
        <translation>Række %1, kolonne %2 (%3): »%4« er ikke et af svarene på dette spørgsmål.</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3) holds a formula with no saved result. Open the file in Excel, save it and try again, or type the value.</source>
        <translation>Række %1, kolonne %2 (%3) indeholder en formel uden gemt resultat. Åbn filen i Excel, gem den, og prøv igen – eller skriv værdien.</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3) holds more than %4 characters.</source>
        <translation>Række %1, kolonne %2 (%3) indeholder mere end %4 tegn.</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3) holds a formula, “%4”. apvdesk never runs formulas: type the answer instead.</source>
        <translation>Række %1, kolonne %2 (%3) indeholder en formel, »%4«. apvdesk udfører aldrig formler: skriv svaret i stedet.</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3) holds %4, the error of a formula that failed. Type the answer instead.</source>
        <translation>Række %1, kolonne %2 (%3) indeholder %4, fejlen fra en formel, der ikke kunne beregnes. Skriv svaret i stedet.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import answers</source>
        <translation>Importér svar</translation>
    </message>
    <message>
        <source>Type the paper questionnaires into a spreadsheet, one row per questionnaire, and save it as CSV or Excel (.xlsx). Start from an empty template: it has the right columns and explains the answer codes. Every row is checked first; if any row is wrong, nothing is imported.</source>
        <translation>Skriv papirskemaerne ind i et regneark, én række pr. skema, og gem det som CSV eller Excel (.xlsx). Start med en tom skabelon: Den har de rigtige kolonner og forklarer svarkoderne. Alle rækker tjekkes først; er bare én række forkert, importeres intet.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil valgt</translation>
    </message>
    <message>
        <source>File of answers</source>
        <translation>Fil med svar</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <source>Save an empty template…</source>
        <translation>Gem en tom skabelon…</translation>
    </message>
    <message>
        <source>Respondents to be added</source>
        <translation>Svar, der tilføjes</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Fejl fundet i filen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>Saving the answers</source>
        <translation>Gemmer svarene</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Stop before the answers are saved; nothing is added.</source>
        <translation>Stop, før svarene bliver gemt; intet bliver tilføjet.</translation>
    </message>
    <message>
        <source>Choose a file of answers to see what will be imported.</source>
        <translation>Vælg en fil med svar for at se, hvad der bliver importeret.</translation>
    </message>
    <message>
        <source>Choose the file of answers</source>
        <translation>Vælg filen med svar</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Regneark (*.xlsx *.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Læser filen…</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Filen kunne ikke læses.</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Filen kan ikke læses</translation>
    </message>
    <message>
        <source>%1 respondents will be added to this round. Check the rows, then press Import.</source>
        <translation>%1 svar bliver tilføjet til denne runde. Tjek rækkerne, og tryk så på Importér.</translation>
    </message>
    <message>
        <source>The first %1 rows are shown.</source>
        <translation>De første %1 rækker vises.</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1 problems. Correct the file and choose it again.</source>
        <translation>Intet kan importeres: %1 fejl. Ret filen, og vælg den igen.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Intet blev tilføjet.</translation>
    </message>
    <message>
        <source>The answers could not be saved</source>
        <translation>Svarene kunne ikke gemmes</translation>
    </message>
    <message>
        <source>Excel spreadsheet (*.xlsx);;CSV, separated by semicolons (*.csv)</source>
        <translation>Excel-regneark (*.xlsx);;CSV, semikolonsepareret (*.csv)</translation>
    </message>
    <message>
        <source>The empty template was saved as %1.</source>
        <translation>Den tomme skabelon er gemt som %1.</translation>
    </message>
    <message>
        <source>Added %1 respondents. Nothing more to do here.</source>
        <translation>%1 svar er tilføjet. Der er ikke mere at gøre her.</translation>
    </message>
    <message>
        <source>Saving %1 respondents…</source>
        <translation>Gemmer %1 svar…</translation>
    </message>
    <message>
        <source>The answers are being saved; this takes a moment.</source>
        <translation>Svarene bliver gemt; det tager et øjeblik.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was added. Press Import to add the respondents after all.</source>
        <translation>Annulleret: intet blev tilføjet. Tryk på Importér, hvis svarene alligevel skal tilføjes.</translation>
    </message>
    <message>
        <source>answers-template.xlsx</source>
        <translation>svar-skabelon.xlsx</translation>
    </message>
    <message>
        <source>Save an empty template</source>
        <translation>Gem en tom skabelon</translation>
    </message>
    <message>
        <source>The template could not be saved</source>
        <translation>Skabelonen kunne ikke gemmes</translation>
    </message>
</context>
<context>
    <name>KioskPinDialog</name>
    <message>
        <source>A questionnaire kiosk on this PC has this workplace open (since %1).</source>
        <translation>Spørgeskemaet i kiosktilstand på denne pc har arbejdspladsen åben (siden %1).</translation>
    </message>
    <message>
        <source>A questionnaire kiosk on the computer %1 has this workplace open (since %2).</source>
        <translation>Spørgeskemaet i kiosktilstand på computeren %1 har arbejdspladsen åben (siden %2).</translation>
    </message>
    <message>
        <source>Its answers are kept private: to look at the file read-only, enter the kiosk PIN.</source>
        <translation>Svarene skal holdes private: indtast kioskens PIN-kode for at se filen skrivebeskyttet.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>Questionnaire kiosk running</source>
        <translation>Kiosktilstand kører</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Åbn skrivebeskyttet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Questionnaire</source>
        <translation>Spørgeskema</translation>
    </message>
    <message>
        <source>Questionnaire kiosk</source>
        <translation>Spørgeskema i kiosktilstand</translation>
    </message>
    <message>
        <source>Leave (person in charge)</source>
        <translation>Forlad (for den ansvarlige)</translation>
    </message>
    <message>
        <source>Leave kiosk mode (Ctrl+Shift+Q); needs the PIN</source>
        <translation>Forlad kiosktilstand (Ctrl+Shift+Q); kræver PIN-koden</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Forlad kiosktilstand</translation>
    </message>
    <message>
        <source>For the person in charge; needs the PIN.</source>
        <translation>Til den ansvarlige; kræver PIN-koden.</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Svarene er ikke gemt</translation>
    </message>
    <message>
        <source>The answers could not be saved: the workplace file is no longer where it was. Ask the person in charge. The answers are kept on this screen until then.</source>
        <translation>Svarene kunne ikke gemmes: arbejdspladsfilen er ikke længere, hvor den var. Spørg den ansvarlige. Svarene bliver på skærmen så længe.</translation>
    </message>
    <message>
        <source>The answers could not be saved in the workplace file. Ask the person in charge to check the PC (for example free disk space), then press the send button again. The answers are kept until then.</source>
        <translation>Svarene kunne ikke gemmes i arbejdspladsfilen. Bed den ansvarlige om at tjekke pc'en (for eksempel om der er ledig diskplads), og tryk derefter på send-knappen igen. Svarene bliver husket indtil da.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>A theme of the survey</source>
        <translation>Et tema i spørgeskemaet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Høj</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Virkede</translation>
    </message>
    <message>
        <source>Partly worked</source>
        <translation>Virkede delvist</translation>
    </message>
    <message>
        <source>Did not work</source>
        <translation>Virkede ikke</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbejdsgiver</translation>
    </message>
    <message>
        <source>Employee representative</source>
        <translation>Medarbejderrepræsentant</translation>
    </message>
    <message>
        <source>Work environment organisation (AMO)</source>
        <translation>Arbejdsmiljøorganisationen (AMO)</translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation>Under forberedelse</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Kortlægning</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Works well</source>
        <translation>Fungerer godt</translation>
    </message>
    <message>
        <source>Mostly works</source>
        <translation>Fungerer for det meste</translation>
    </message>
    <message>
        <source>Partly works</source>
        <translation>Fungerer delvist</translation>
    </message>
    <message>
        <source>A problem</source>
        <translation>Et problem</translation>
    </message>
    <message>
        <source>A real problem</source>
        <translation>Et reelt problem</translation>
    </message>
    <message>
        <source>● Green: good</source>
        <translation>● Grøn: godt</translation>
    </message>
    <message>
        <source>▲ Yellow: keep an eye on it</source>
        <translation>▲ Gul: hold øje med det</translation>
    </message>
    <message>
        <source>■ Red: a problem</source>
        <translation>■ Rød: et problem</translation>
    </message>
    <message>
        <source>No answers</source>
        <translation>Ingen svar</translation>
    </message>
    <message>
        <source>Withheld: fewer than %1 answers</source>
        <translation>Skjult: færre end %1 svar</translation>
    </message>
    <message>
        <source>Withheld so that a smaller group cannot be worked out</source>
        <translation>Skjult, så en mindre gruppes resultat ikke kan regnes ud</translation>
    </message>
    <message>
        <source>The whole workplace (all groups)</source>
        <translation>Hele arbejdspladsen (alle grupper)</translation>
    </message>
</context>
<context>
    <name>LeaveKioskDialog</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Forlad kiosktilstand</translation>
    </message>
    <message>
        <source>Enter the PIN to leave kiosk mode.</source>
        <translation>Indtast PIN-koden for at forlade kiosktilstand.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <source>The PIN set for this round's kiosk mode.</source>
        <translation>Den PIN-kode, der er valgt til rundens kiosktilstand.</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>Status for PIN-kode</translation>
    </message>
    <message>
        <source>Stay in kiosk mode</source>
        <translation>Bliv i kiosktilstand</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Forkert PIN-kode.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again in %1 seconds.</source>
        <translation>Forkert PIN-kode. Prøv igen om %1 sekunder.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Du kan prøve igen nu.</translation>
    </message>
</context>
<context>
    <name>LockNoticeTexts</name>
    <message>
        <source>The lock file beside %1 could not be read; it was left over from a crash and has been taken over. Everything saved before then is in the file.</source>
        <translation>Låsefilen ved siden af %1 kunne ikke læses; den var efterladt af et nedbrud og er nu overtaget. Alt, hvad der var gemt inden da, er i filen.</translation>
    </message>
    <message>
        <source>apvdesk was not closed properly on this PC last time (%2, process %3 is gone or is now another program, open since %4); its lock on %1 has been taken over. Everything saved before then is in the file.</source>
        <translation>apvdesk blev ikke lukket korrekt på denne pc sidste gang (%2, proces %3 kører ikke længere eller er nu et andet program, åben siden %4); låsen på %1 er nu overtaget. Alt, hvad der var gemt inden da, er i filen.</translation>
    </message>
    <message>
        <source>apvdesk was not closed properly on this PC last time (process %1 is gone or is now another program); its lock has been taken over. Everything saved is in the file.</source>
        <translation>apvdesk blev ikke lukket korrekt på denne pc sidste gang (proces %1 kører ikke længere eller er nu et andet program); låsen er nu overtaget. Alt, hvad der var gemt, er i filen.</translation>
    </message>
    <message>
        <source>The lock file of this workplace could not be read; it was left over from a crash and has been taken over.</source>
        <translation>Arbejdspladsens låsefil kunne ikke læses; den var efterladt af et nedbrud og er nu overtaget.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;New workplace…</source>
        <translation>&amp;Ny arbejdsplads…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <source>Try with &amp;example data</source>
        <translation>Prøv med &amp;eksempeldata</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>apvdesk saves every change at once: this only confirms it.</source>
        <translation>apvdesk gemmer hver ændring med det samme: her bekræftes det blot.</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Gendan en &amp;sikkerhedskopi…</translation>
    </message>
    <message>
        <source>&amp;Close workplace</source>
        <translation>&amp;Luk arbejdspladsen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Kom i gang</translation>
    </message>
    <message>
        <source>How the &amp;results are computed</source>
        <translation>Sådan &amp;beregnes resultaterne</translation>
    </message>
    <message>
        <source>&amp;About apvdesk</source>
        <translation>&amp;Om apvdesk</translation>
    </message>
    <message>
        <source>Each answer scores 100, 75, 50, 25 or 0 points, from the most to the least favourable option; “don't know” and blank answers do not count.

A person's score on a scale is the mean of the questions they answered; with fewer than half answered, they have no score on that scale.

A group's result is n (people with a score), the mean and the standard deviation. Unfavourable: a score below 50 (for demands, where high means heavy: above 50).

Traffic light: ● green from 66.7, ▲ yellow from 50, ■ red below 50; for demands mirrored: green at 33.3 or less, red above 50. A round may use other limits; they are printed with the results.

Anonymity: a result with fewer answers than the round's threshold (5 unless changed, never below 3) is withheld, and so is another group's where the total would otherwise reveal it.</source>
        <translation>Hvert svar giver 100, 75, 50, 25 eller 0 point, fra den mest til den mindst gunstige svarmulighed; »ved ikke« og ubesvarede tæller ikke med.

En persons score på en skala er gennemsnittet af de spørgsmål, personen har besvaret; er færre end halvdelen besvaret, har personen ingen score på den skala.

En gruppes resultat er n (personer med en score), gennemsnittet og standardafvigelsen. Ugunstig: en score under 50 (for krav, hvor højt betyder belastende: over 50).

Trafiklys: ● grøn fra 66,7, ▲ gul fra 50, ■ rød under 50; for krav spejlvendt: grøn ved 33,3 eller mindre, rød over 50. En runde kan bruge andre grænser; de står ved resultaterne.

Anonymitet: et resultat med færre svar end rundens grænse (5, medmindre den er ændret, aldrig under 3) bliver skjult – og det gør en anden gruppes også, hvor totalen ellers ville afsløre det.</translation>
    </message>
    <message>
        <source>How the results are computed</source>
        <translation>Sådan beregnes resultaterne</translation>
    </message>
    <message>
        <source>About apvdesk</source>
        <translation>Om apvdesk</translation>
    </message>
    <message>
        <source>apvdesk %1

An offline workplace assessment (APV) of the psychosocial work environment, with social support at its centre.</source>
        <translation>apvdesk %1

En arbejdspladsvurdering (APV) af det psykiske arbejdsmiljø med social støtte i centrum – uden internet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>apvdesk workplaces and collection files (*.apvdesk *.apvcollect)</source>
        <translation>apvdesk-arbejdspladser og indsamlingsfiler (*.apvdesk *.apvcollect)</translation>
    </message>
    <message>
        <source>Open workplace</source>
        <translation>Åbn arbejdsplads</translation>
    </message>
    <message>
        <source>Cannot open the workplace</source>
        <translation>Arbejdspladsen kan ikke åbnes</translation>
    </message>
    <message>
        <source>The questionnaire kiosk has started</source>
        <translation>Spørgeskemakiosken er startet</translation>
    </message>
    <message>
        <source>The copy of apvdesk that has this file open has started the questionnaire kiosk, so the file is closed here. Open it again with the kiosk's PIN if you need it meanwhile.</source>
        <translation>Det apvdesk, der har filen åben, har startet spørgeskemakiosken, så filen er lukket her. Åbn den igen med kioskens PIN-kode, hvis I skal bruge den imens.</translation>
    </message>
    <message>
        <source>This file is open read-only: changes cannot be made or saved here.</source>
        <translation>Filen er åbnet skrivebeskyttet: her kan intet ændres eller gemmes.</translation>
    </message>
    <message>
        <source>Everything is saved.</source>
        <translation>Alt er gemt.</translation>
    </message>
    <message>
        <source>Everything is saved. apvdesk saves every change at once, so there is no need to save.</source>
        <translation>Alt er gemt. apvdesk gemmer hver ændring med det samme, så I behøver ikke at gemme.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Mapping</source>
        <translation>Kortlægning</translation>
    </message>
    <message>
        <source>Collect the answers</source>
        <translation>Indsaml svarene</translation>
    </message>
    <message>
        <source>Start kiosk mode…</source>
        <translation>Start kiosktilstand…</translation>
    </message>
    <message>
        <source>Employees answer one by one on this PC, in their own language. Leaving the kiosk needs the PIN.</source>
        <translation>Medarbejderne svarer én ad gangen på denne pc, på deres eget sprog. Det kræver PIN-koden at forlade kiosken.</translation>
    </message>
    <message>
        <source>Print paper questionnaire…</source>
        <translation>Udskriv papirspørgeskema…</translation>
    </message>
    <message>
        <source>A form to fill in with a pen, without a name; collect them in a closed box.</source>
        <translation>Et skema, der udfyldes med kuglepen og uden navn; saml dem i en lukket kasse.</translation>
    </message>
    <message>
        <source>Mapping finds out how support works at your workplace: with an anonymous questionnaire for larger groups, or a dialogue meeting for small groups.</source>
        <translation>Kortlægningen finder ud af, hvordan støtten fungerer på jeres arbejdsplads: med et anonymt spørgeskema for større grupper eller et dialogmøde for små grupper.</translation>
    </message>
    <message>
        <source>Type in paper forms…</source>
        <translation>Indtast papirskemaer…</translation>
    </message>
    <message>
        <source>One row per form, one digit per answer.</source>
        <translation>Én række pr. skema, ét ciffer pr. svar.</translation>
    </message>
    <message>
        <source>Import answers…</source>
        <translation>Importér svar…</translation>
    </message>
    <message>
        <source>From a spreadsheet (CSV or Excel). The import wizard also saves an empty template.</source>
        <translation>Fra et regneark (CSV eller Excel). Importguiden kan også gemme en tom skabelon.</translation>
    </message>
    <message>
        <source>Paper questionnaire</source>
        <translation>Papirspørgeskema</translation>
    </message>
    <message>
        <source>The questionnaire was saved as %1.</source>
        <translation>Spørgeskemaet er gemt som %1.</translation>
    </message>
    <message>
        <source>Who has answered</source>
        <translation>Hvem har svaret</translation>
    </message>
    <message>
        <source>Delete the individual answers…</source>
        <translation>Slet de enkelte svar…</translation>
    </message>
    <message>
        <source>Keep the results and delete each person's answers, once the round is assessed.</source>
        <translation>Behold resultaterne og slet hver enkelts svar, når runden er vurderet.</translation>
    </message>
    <message>
        <source>The individual answers were deleted on %1; the results are kept, and the round takes no more answers.</source>
        <translation>De enkelte svar blev slettet den %1; resultaterne er gemt, og runden tager ikke imod flere svar.</translation>
    </message>
    <message>
        <source>Answers per language: %1.</source>
        <translation>Svar pr. sprog: %1.</translation>
    </message>
    <message>
        <source>Delete the individual answers</source>
        <translation>Slet de enkelte svar</translation>
    </message>
    <message>
        <source>The results of “%1” are kept as they are shown now, for every group and question. Each person's answers are deleted for good and cannot be brought back; the round then takes no more answers.

Do this when the assessment is finished. Delete the individual answers now?</source>
        <translation>Resultaterne af »%1« gemmes, som de vises nu, for hver gruppe og hvert spørgsmål. Hver enkelts svar slettes for altid og kan ikke hentes tilbage; runden tager derefter ikke imod flere svar.

Gør det, når vurderingen er færdig. Vil du slette de enkelte svar nu?</translation>
    </message>
    <message>
        <source>The individual answers are deleted from the file. %1 automatic backups of the file were made before and still hold them. Delete these backups too?</source>
        <translation>De enkelte svar er slettet fra filen. %1 automatiske sikkerhedskopier af filen blev lavet før og indeholder dem stadig. Skal disse sikkerhedskopier også slettes?</translation>
    </message>
    <message>
        <source>There is no round yet.</source>
        <translation>Der er ingen runde endnu.</translation>
    </message>
    <message>
        <source>%1 of %2 employees have answered. Answers are counted per group only; nobody can see who answered.</source>
        <translation>%1 af %2 ansatte har svaret. Svar tælles kun pr. gruppe; ingen kan se, hvem der har svaret.</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>spørgeskema</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsBox</name>
    <message>
        <source>Meeting</source>
        <translation>Mødet</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Who leads the meeting</source>
        <translation>Hvem leder mødet</translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <translation>Mødeleder:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Deltagere:</translation>
    </message>
    <message>
        <source>Only the number — no names.</source>
        <translation>Kun antallet — ingen navne.</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Grupper:</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <source>Dialogue meeting</source>
        <translation>Dialogmøde</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Drag a point to move it</source>
        <translation>Træk et punkt for at flytte det</translation>
    </message>
    <message>
        <source>← Previous point</source>
        <translation>← Forrige punkt</translation>
    </message>
    <message>
        <source>Next point →</source>
        <translation>Næste punkt →</translation>
    </message>
    <message>
        <source>Show on screen (presentation)</source>
        <translation>Vis på skærm (præsentation)</translation>
    </message>
    <message>
        <source>Opens a window for a TV or projector with the current point in large type. F11: full screen.</source>
        <translation>Åbner et vindue til tv eller projektor med det aktuelle punkt i stor skrift. F11: fuld skærm.</translation>
    </message>
    <message>
        <source>Everything is saved as you go.</source>
        <translation>Alt gemmes, mens du skriver.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Close the meeting window; everything is saved already.</source>
        <translation>Luk mødevinduet; alt er allerede gemt.</translation>
    </message>
    <message>
        <source>%1. %2 (%3 min)</source>
        <translation>%1. %2 (%3 min.)</translation>
    </message>
    <message>
        <source>%1 points, about %2 minutes</source>
        <translation>%1 punkter, ca. %2 minutter</translation>
    </message>
    <message>
        <source>Point %1 / %2</source>
        <translation>Punkt %1 / %2</translation>
    </message>
    <message>
        <source>The meeting is saved. Everything is saved as you go; you can open it again later.</source>
        <translation>Mødet er gemt. Alt gemmes, mens du skriver; du kan åbne det igen senere.</translation>
    </message>
</context>
<context>
    <name>MinutesPdf</name>
    <message>
        <source>Dialogue meeting – minutes</source>
        <translation>Dialogmøde – referat</translation>
    </message>
    <message>
        <source>The ratings and notes are the group's joint judgement, agreed on at the meeting — not an anonymous score and not anyone's own answer. No names of participants are written down.</source>
        <translation>Vurderingerne og noterne er gruppens fælles vurdering, som den blev enig om på mødet – ikke en anonym score og ikke nogens eget svar. Deltagernes navne bliver ikke skrevet ned.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <source>The meeting decided no problems for the action plan.</source>
        <translation>Mødet besluttede ingen problemer til handlingsplanen.</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbejdsplads</translation>
    </message>
    <message>
        <source>APV round</source>
        <translation>APV-runde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ikke noteret</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>%1 (names are not recorded)</source>
        <translation>%1 (navne bliver ikke noteret)</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Mødeleder</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <source>What works</source>
        <translation>Hvad fungerer</translation>
    </message>
    <message>
        <source>What does not work</source>
        <translation>Hvad fungerer ikke</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Nothing noted</source>
        <translation>Intet noteret</translation>
    </message>
    <message>
        <source>From point %1: %2</source>
        <translation>Fra punkt %1: %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Seriousness</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <source>No actions have been decided for this problem yet.</source>
        <translation>Der er endnu ikke besluttet tiltag for dette problem.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tiltag</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
</context>
<context>
    <name>MoveDeadlineDialog</name>
    <message>
        <source>Move the deadline</source>
        <translation>Flyt fristen</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <source>Deadline now:</source>
        <translation>Frist nu:</translation>
    </message>
    <message>
        <source>New deadline:</source>
        <translation>Ny frist:</translation>
    </message>
    <message>
        <source>Why it is moved, e.g. busy before Christmas</source>
        <translation>Hvorfor den flyttes, f.eks. travlt før jul</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Hvorfor:</translation>
    </message>
    <message>
        <source>The effect check (%1) would come before the new deadline; it moves to after it.</source>
        <translation>Effekttjekket (%1) ville komme før den nye frist; det flyttes til efter den.</translation>
    </message>
    <message>
        <source>The old deadline and the reason are kept in the history.</source>
        <translation>Den gamle frist og begrundelsen gemmes i historikken.</translation>
    </message>
</context>
<context>
    <name>NewWorkplaceWizard</name>
    <message>
        <source>New workplace</source>
        <translation>Ny arbejdsplads</translation>
    </message>
    <message>
        <source>APV %1</source>
        <translation>APV %1</translation>
    </message>
</context>
<context>
    <name>NextStepDialog</name>
    <message>
        <source>What now?</source>
        <translation>Hvad nu?</translation>
    </message>
    <message>
        <source>The effect was judged »%1«. The problem is not solved yet: choose the next step. Until you do, the action stays on the follow-up list.</source>
        <translation>Effekten blev vurderet som »%1«. Problemet er ikke løst endnu: vælg næste skridt. Indtil du gør det, bliver tiltaget på opfølgningslisten.</translation>
    </message>
    <message>
        <source>Continue the action, with a new deadline</source>
        <translation>Fortsæt tiltaget med en ny frist</translation>
    </message>
    <message>
        <source>Make a new action for the same problem…</source>
        <translation>Lav et nyt tiltag for samme problem…</translation>
    </message>
    <message>
        <source>Reconsider the problem (e.g. at the next meeting)</source>
        <translation>Genovervej problemet (f.eks. på næste møde)</translation>
    </message>
    <message>
        <source>New deadline:</source>
        <translation>Ny frist:</translation>
    </message>
    <message>
        <source>A few words why (kept in the history)</source>
        <translation>Et par ord om hvorfor (gemmes i historikken)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Vælg</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Beslut senere</translation>
    </message>
</context>
<context>
    <name>NextStepText</name>
    <message>
        <source>New to the APV? The guide shows the five steps, what the rules ask of each and roughly how long each takes.</source>
        <translation>Ny i APV'en? Guiden viser de fem trin, hvad reglerne kræver af hvert, og omtrent hvor lang tid hvert tager.</translation>
    </message>
    <message>
        <source>There is no round yet, so there is nothing to do here.</source>
        <translation>Der er ingen runde endnu, så her er intet at gøre.</translation>
    </message>
    <message>
        <source>Next: add the groups that take part under Groups below, one row per team with its number of employees.</source>
        <translation>Næste: tilføj de grupper, der er med, under Grupper herunder, én række pr. team med antal ansatte.</translation>
    </message>
    <message>
        <source>The workplace has %1 employees, and the AMO recorded is less than the rules ask for (see the red note at the AMO field). Next: set up the AMO and record it there.</source>
        <translation>Arbejdspladsen har %1 ansatte, og den AMO, der er registreret, er mindre, end reglerne kræver (se den røde note ved feltet om AMO). Næste: opret AMO'en, og registrér den dér.</translation>
    </message>
    <message>
        <source>Next: set a kiosk PIN in the box about the current round below, if the employees will answer on this PC. For paper forms only, go straight to Mapping.</source>
        <translation>Næste: sæt en kiosk-PIN i feltet om den aktuelle runde herunder, hvis de ansatte skal svare på denne pc. Bruger I kun papirskemaer, så gå direkte til Kortlægning.</translation>
    </message>
    <message>
        <source>The round is ready. Next: collect the answers on the Mapping page.</source>
        <translation>Runden er klar. Næste: indsaml svarene på siden Kortlægning.</translation>
    </message>
    <message>
        <source>No answers yet. Next: start the kiosk, print paper forms, import a spreadsheet, or hold a dialogue meeting with a small group.</source>
        <translation>Ingen svar endnu. Næste: start kiosken, udskriv papirskemaer, importér et regneark, eller hold et dialogmøde med en lille gruppe.</translation>
    </message>
    <message>
        <source>Answers so far: %1. When everyone has had the chance to answer, end the collection on the Assessment page to see the results.</source>
        <translation>Svar indtil nu: %1. Når alle har haft mulighed for at svare, så afslut indsamlingen på siden Vurdering for at se resultaterne.</translation>
    </message>
    <message>
        <source>Groups without results or a dialogue meeting: %1. Collect more answers from them, or hold a dialogue meeting with each.</source>
        <translation>Grupper uden resultater eller dialogmøde: %1. Indsaml flere svar fra dem, eller hold et dialogmøde med hver.</translation>
    </message>
    <message>
        <source>The collection is open (answers so far: %1). Next: end it when everyone has had the chance to answer; then the results are shown here.</source>
        <translation>Indsamlingen er åben (svar indtil nu: %1). Næste: afslut den, når alle har haft mulighed for at svare; så vises resultaterne her.</translation>
    </message>
    <message>
        <source>Findings not handled yet: %1 (see “Findings to assess” below). Next: make each a problem in the action plan, or write why it is not one.</source>
        <translation>Fund, der ikke er behandlet endnu: %1 (se »Fund, der skal vurderes« herunder). Næste: gør hvert til et problem i handlingsplanen, eller skriv, hvorfor det ikke er et.</translation>
    </message>
    <message>
        <source>Next: enter the sickness absence for the period and judge whether conditions at work contribute to it.</source>
        <translation>Næste: indtast sygefraværet for perioden, og vurder, om forhold på arbejdet bidrager til det.</translation>
    </message>
    <message>
        <source>You judged that work contributes, at least partly, to the absence. Next: link it to a problem in the action plan, or write why not.</source>
        <translation>I har vurderet, at arbejdet i hvert fald delvis bidrager til fraværet. Næste: knyt det til et problem i handlingsplanen, eller skriv, hvorfor ikke.</translation>
    </message>
    <message>
        <source>No problems yet. Next: make problems from the results on the Assessment page, or add one here.</source>
        <translation>Ingen problemer endnu. Næste: lav problemer ud fra resultaterne på siden Vurdering, eller tilføj et her.</translation>
    </message>
    <message>
        <source>No results yet to make problems from. Next: collect answers or hold dialogue meetings on the Mapping page.</source>
        <translation>Der er endnu ingen resultater at lave problemer ud fra. Næste: indsaml svar, eller hold dialogmøder, på siden Kortlægning.</translation>
    </message>
    <message>
        <source>Findings not handled yet: %1. Next: make each a problem, or write why it is not one, on the Assessment page.</source>
        <translation>Fund, der ikke er behandlet endnu: %1. Næste: gør hvert til et problem, eller skriv, hvorfor det ikke er et, på siden Vurdering.</translation>
    </message>
    <message>
        <source>Problems still missing their kind, extent or causes: %1. Next: open each and fill them in.</source>
        <translation>Problemer, der mangler art, omfang eller årsager: %1. Næste: åbn hvert og udfyld dem.</translation>
    </message>
    <message>
        <source>Problems without an action, or actions without who or by when: %1. Next: plan how, who and by when for each.</source>
        <translation>Problemer uden tiltag eller tiltag uden ansvarlig eller frist: %1. Næste: planlæg hvordan, hvem og hvornår for hvert.</translation>
    </message>
    <message>
        <source>The plan is complete. Next: have it approved by the AMO, or by you and an employee representative (good practice, not a rule).</source>
        <translation>Handlingsplanen er færdig. Næste: få den godkendt af AMO eller af jer og en medarbejderrepræsentant (god praksis, ikke et krav).</translation>
    </message>
    <message>
        <source>Nothing to follow up yet. Next: decide on actions in the action plan.</source>
        <translation>Intet at følge op på endnu. Næste: beslut tiltag i handlingsplanen.</translation>
    </message>
    <message>
        <source>Actions without a planned effect check: %1 (%2). Next: give each a date and a way to check whether it worked, with “Edit action…” on the Action plan page.</source>
        <translation>Tiltag uden planlagt effekttjek: %1 (%2). Næste: giv hvert en dato og en måde at tjekke, om det virkede, med »Ret tiltag…« på siden Handlingsplan.</translation>
    </message>
    <message>
        <source>problem %1, “%2”</source>
        <translation>problem %1, »%2«</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Kom i gang</translation>
    </message>
    <message>
        <source>Go to Preparation</source>
        <translation>Gå til Forberedelse</translation>
    </message>
    <message>
        <source>Go to Mapping</source>
        <translation>Gå til Kortlægning</translation>
    </message>
    <message>
        <source>Go to Assessment</source>
        <translation>Gå til Vurdering</translation>
    </message>
    <message>
        <source>Go to Sickness absence</source>
        <translation>Gå til Sygefravær</translation>
    </message>
    <message>
        <source>Go to Action plan</source>
        <translation>Gå til Handlingsplan</translation>
    </message>
    <message>
        <source>Go to Follow-up</source>
        <translation>Gå til Opfølgning</translation>
    </message>
    <message>
        <source>Go to Reports</source>
        <translation>Gå til Rapporter</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Tilføj note</translation>
    </message>
    <message>
        <source>The note is kept with today's date in the action's history.</source>
        <translation>Noten gemmes med dagens dato i tiltagets historik.</translation>
    </message>
    <message>
        <source>For example: the first meeting was held; the next is in January</source>
        <translation>F.eks.: det første møde er holdt; det næste er i januar</translation>
    </message>
</context>
<context>
    <name>OtherLanguagesDialog</name>
    <message>
        <source>Text on the poster in other languages</source>
        <translation>Tekst på plakaten på andre sprog</translation>
    </message>
    <message>
        <source>A bilingual poster prints this text under the Danish. Write it short and plain; a line left empty prints in Danish only.</source>
        <translation>En tosproget plakat skriver denne tekst under den danske. Skriv den kort og enkelt; en tom linje udskrives kun på dansk.</translation>
    </message>
    <message>
        <source>In Danish:</source>
        <translation>På dansk:</translation>
    </message>
</context>
<context>
    <name>OtherLanguagesRow</name>
    <message>
        <source>Other languages…</source>
        <translation>Andre sprog…</translation>
    </message>
    <message>
        <source>A short text for a poster in two languages (optional).</source>
        <translation>En kort tekst til en plakat på to sprog (valgfrit).</translation>
    </message>
    <message>
        <source>Written in: %1</source>
        <translation>Skrevet på: %1</translation>
    </message>
    <message>
        <source>Only in Danish so far.</source>
        <translation>Kun på dansk indtil videre.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Where your workplace assessment stands, and what to do next.</source>
        <translation>Hvor langt jeres arbejdspladsvurdering er, og hvad I skal gøre nu.</translation>
    </message>
    <message>
        <source>The workplace and the current round</source>
        <translation>Arbejdspladsen og den aktuelle runde</translation>
    </message>
    <message>
        <source>Dates to keep</source>
        <translation>Datoer at holde</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>Workplace:</source>
        <translation>Arbejdsplads:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Grupper:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen endnu</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Runde:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Startet:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>%1 answers from %2 employees (%3)</source>
        <translation>%1 af %2 ansatte har svaret (%3)</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 har svaret</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Svar:</translation>
    </message>
    <message>
        <source>Write its record…</source>
        <translation>Skriv referatet…</translation>
    </message>
    <message>
        <source>No problems are registered yet. Add them on the Action plan page.</source>
        <translation>Der er ikke registreret problemer endnu. Tilføj dem på siden Handlingsplan.</translation>
    </message>
    <message>
        <source>%1 problems, %2 actions: %3 open, %4 done, %5 overdue, %6 due within 14 days.</source>
        <translation>%1 problemer, %2 tiltag: %3 åbne, %4 gennemført, %5 over fristen, %6 med frist inden for 14 dage.</translation>
    </message>
    <message>
        <source>Overdue since %1: %2</source>
        <translation>Over fristen siden %1: %2</translation>
    </message>
    <message>
        <source>Not recorded yet. It is due once a year.</source>
        <translation>Endnu ikke registreret. Den skal holdes en gang om året.</translation>
    </message>
    <message>
        <source>Last held on %1; the next is due by %2.</source>
        <translation>Sidst holdt den %1; den næste skal holdes senest %2.</translation>
    </message>
    <message>
        <source>Annual work environment discussion:</source>
        <translation>Årlig arbejdsmiljødrøftelse:</translation>
    </message>
    <message>
        <source>Add the groups that take part.</source>
        <translation>Tilføj de grupper, der deltager.</translation>
    </message>
    <message>
        <source>Go to Preparation</source>
        <translation>Gå til Forberedelse</translation>
    </message>
    <message>
        <source>Collect the answers: on this PC in kiosk mode, on paper, or from a spreadsheet.</source>
        <translation>Indsaml svarene: på denne pc i kiosktilstand, på papir eller fra et regneark.</translation>
    </message>
    <message>
        <source>Go to Mapping</source>
        <translation>Gå til Kortlægning</translation>
    </message>
    <message>
        <source>Look at the results for each group.</source>
        <translation>Se resultaterne for hver gruppe.</translation>
    </message>
    <message>
        <source>Go to Assessment</source>
        <translation>Gå til Vurdering</translation>
    </message>
    <message>
        <source>Register the problems and decide on actions.</source>
        <translation>Registrér problemerne, og beslut tiltag.</translation>
    </message>
    <message>
        <source>Go to Action plan</source>
        <translation>Gå til Handlingsplan</translation>
    </message>
    <message>
        <source>Print the action plan to sign and pin up.</source>
        <translation>Udskriv handlingsplanen, så den kan underskrives og hænges op.</translation>
    </message>
    <message>
        <source>Go to Reports</source>
        <translation>Gå til Rapporter</translation>
    </message>
</context>
<context>
    <name>OverviewRecords</name>
    <message>
        <source>Scope:</source>
        <translation>Omfang:</translation>
    </message>
    <message>
        <source>Rest of the APV:</source>
        <translation>Resten af APV'en:</translation>
    </message>
    <message>
        <source>The APV is kept:</source>
        <translation>APV'en findes:</translation>
    </message>
    <message>
        <source>Cooperation:</source>
        <translation>Samarbejde:</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>kortlægning</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>vurdering</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>handlingsplan</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>opfølgning</translation>
    </message>
    <message>
        <source>Recorded for every step.</source>
        <translation>Skrevet ned for alle trin.</translation>
    </message>
    <message>
        <source>Not recorded for: %1.</source>
        <translation>Mangler for: %1.</translation>
    </message>
    <message>
        <source>Who took part…</source>
        <translation>Hvem deltog…</translation>
    </message>
    <message>
        <source>Who took part:</source>
        <translation>Hvem deltog:</translation>
    </message>
    <message>
        <source>%1 at the latest; sooner if the work, its methods or the premises change.</source>
        <translation>Senest %1; før, hvis arbejdet, arbejdsmetoderne eller lokalerne ændres.</translation>
    </message>
    <message>
        <source>A partial APV is due by %1, because of the change “%2”.</source>
        <translation>En delvis APV skal laves senest %1 på grund af ændringen »%2«.</translation>
    </message>
    <message>
        <source>Next APV:</source>
        <translation>Næste APV:</translation>
    </message>
    <message>
        <source>None logged. Log new machines, customers, premises or reorganisations.</source>
        <translation>Ingen skrevet ned. Skriv nye maskiner, kunder, lokaler eller omorganiseringer ind her.</translation>
    </message>
    <message>
        <source>no partial APV needed</source>
        <translation>ingen delvis APV nødvendig</translation>
    </message>
    <message>
        <source>partial APV due</source>
        <translation>delvis APV mangler</translation>
    </message>
    <message>
        <source>partial APV made on %1</source>
        <translation>delvis APV lavet %1</translation>
    </message>
    <message>
        <source>Changes in the work…</source>
        <translation>Ændringer i arbejdet…</translation>
    </message>
    <message>
        <source>Changes in the work:</source>
        <translation>Ændringer i arbejdet:</translation>
    </message>
</context>
<context>
    <name>ParticipationDialog</name>
    <message>
        <source>Who took part</source>
        <translation>Hvem deltog</translation>
    </message>
    <message>
        <source>The employees take part in the APV: with fewer than 10 employees directly, from 10 employees through the work environment organisation (arbejdsmiljøloven §§ 6–7). Write who took part in each step.</source>
        <translation>De ansatte deltager i APV'en: med færre end 10 ansatte direkte, fra 10 ansatte gennem arbejdsmiljøorganisationen (arbejdsmiljøloven §§ 6–7). Skriv, hvem der deltog i hvert trin.</translation>
    </message>
    <message>
        <source>e.g. AMO: Jonas Berg, Lise Holm – or: all employees at the staff meeting on 3 March</source>
        <translation>f.eks. AMO: Jonas Berg, Lise Holm – eller: alle ansatte på personalemødet 3. marts</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Kortlægning:</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>Vurdering:</translation>
    </message>
    <message>
        <source>Action plan:</source>
        <translation>Handlingsplan:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Opfølgning:</translation>
    </message>
</context>
<context>
    <name>PdfExportBox</name>
    <message>
        <source>The PDF was saved as %1.</source>
        <translation>PDF'en er gemt som %1.</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Dokumentets sprog</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Stop writing; no file is saved.</source>
        <translation>Stop skrivningen; der bliver ikke gemt nogen fil.</translation>
    </message>
    <message>
        <source>Second language of the document</source>
        <translation>Dokumentets andet sprog</translation>
    </message>
    <message>
        <source>Second language:</source>
        <translation>Andet sprog:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Intet</translation>
    </message>
    <message>
        <source>Print for:</source>
        <translation>Udskriv for:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>The document could not be made for printing</source>
        <translation>Dokumentet kunne ikke laves til udskrivning</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Gem som</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved</source>
        <translation>PDF-filen kunne ikke gemmes</translation>
    </message>
    <message>
        <source>Cancelled: no file was saved.</source>
        <translation>Annulleret: ingen fil blev gemt.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Skriver PDF-filen…</translation>
    </message>
</context>
<context>
    <name>PlanApprovalPdf</name>
    <message>
        <source>The action plan is approved by the work environment organisation (AMO).</source>
        <translation>Handlingsplanen godkendes af arbejdsmiljøorganisationen (AMO).</translation>
    </message>
    <message>
        <source>The action plan is approved by the employer and at least one employee representative.</source>
        <translation>Handlingsplanen godkendes af arbejdsgiveren og mindst én medarbejderrepræsentant.</translation>
    </message>
    <message>
        <source>The plan as it is now is approved.</source>
        <translation>Planen er godkendt, som den er nu.</translation>
    </message>
    <message>
        <source>This approval is good practice recommended by the trade's guidance (BFA); BEK 1838/2023 does not require it.</source>
        <translation>Godkendelsen er god praksis, som branchens vejledning (BFA) anbefaler; BEK 1838/2023 kræver den ikke.</translation>
    </message>
    <message>
        <source>The plan was changed after it was approved and should be approved again.</source>
        <translation>Planen blev ændret, efter den blev godkendt, og bør godkendes igen.</translation>
    </message>
    <message>
        <source>The plan has not been approved yet.</source>
        <translation>Planen er endnu ikke godkendt.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Godkendelse</translation>
    </message>
    <message>
        <source>Approved an earlier version on %1</source>
        <translation>Godkendte en tidligere udgave den %1</translation>
    </message>
    <message>
        <source>Dated %1, before the round started: does not count</source>
        <translation>Dateret %1, før runden startede: tæller ikke</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Recorded approvals</source>
        <translation>Registrerede godkendelser</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>Action plan – %1</source>
        <translation>Handlingsplan – %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tiltag</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Opfølgning: %1</translation>
    </message>
    <message>
        <source>What is done: %1</source>
        <translation>Hvad gøres: %1</translation>
    </message>
    <message>
        <source>Problem %1: %2</source>
        <translation>Problem %1: %2</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Grupper: %1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Ansvarlig: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>How the effect is followed up: %1</source>
        <translation>Sådan følges der op på effekten: %1</translation>
    </message>
    <message>
        <source>Action plan: %1, %2</source>
        <translation>Handlingsplan: %1, %2</translation>
    </message>
</context>
<context>
    <name>PlanCommandTexts</name>
    <message>
        <source>The action plan was saved as %1.</source>
        <translation>Handlingsplanen er gemt som %1.</translation>
    </message>
    <message>
        <source>The second language must differ from the first (%1).</source>
        <translation>Det andet sprog skal være et andet end det første (%1).</translation>
    </message>
    <message>
        <source>%1: the file to write must end in .xlsx (a spreadsheet) or .ics (a calendar).</source>
        <translation>%1: filen skal ende på .xlsx (et regneark) eller .ics (en kalender).</translation>
    </message>
    <message>
        <source>The poster was saved as %1.</source>
        <translation>Plakaten er gemt som %1.</translation>
    </message>
</context>
<context>
    <name>PlanExportBox</name>
    <message>
        <source>Action plan as spreadsheet or calendar</source>
        <translation>Handlingsplanen som regneark eller kalender</translation>
    </message>
    <message>
        <source>Save as calendar (ICS)…</source>
        <translation>Gem som kalender (ICS)…</translation>
    </message>
    <message>
        <source>The spreadsheet has a sheet of problems and a sheet of actions, with filters. The calendar file holds every deadline and effect check as an all-day event, to import into Outlook or Google Calendar.</source>
        <translation>Regnearket har et ark med problemer og et med tiltag, med filtre. Kalenderfilen har hver frist og hvert effekttjek som en heldagsbegivenhed, til import i Outlook eller Google Kalender.</translation>
    </message>
    <message>
        <source>Save as Excel spreadsheet…</source>
        <translation>Gem som Excel-regneark…</translation>
    </message>
    <message>
        <source>Excel spreadsheets (*.xlsx)</source>
        <translation>Excel-regneark (*.xlsx)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Gem som</translation>
    </message>
    <message>
        <source>The file could not be saved</source>
        <translation>Filen kunne ikke gemmes</translation>
    </message>
    <message>
        <source>The calendar file was saved as %1.</source>
        <translation>Kalenderfilen er gemt som %1.</translation>
    </message>
    <message>
        <source>The spreadsheet was saved as %1.</source>
        <translation>Regnearket er gemt som %1.</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Skriver filen…</translation>
    </message>
</context>
<context>
    <name>PlanFollowUpPdf</name>
    <message>
        <source>Follow-up plan</source>
        <translation>Opfølgningsplan</translation>
    </message>
    <message>
        <source>When and how the effect of each action is checked, earliest first.</source>
        <translation>Hvornår og hvordan der følges op på effekten af hvert tiltag, tidligste dato først.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tiltag</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>How the effect is checked</source>
        <translation>Sådan følges der op på effekten</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>No date set yet</source>
        <translation>Ingen dato endnu</translation>
    </message>
    <message>
        <source>No follow-up has been planned yet.</source>
        <translation>Der er endnu ikke planlagt nogen opfølgning.</translation>
    </message>
    <message>
        <source>By %1: a partial APV for a change in the work (%2); at the latest three years after this one.</source>
        <translation>Senest %1: en delvis APV for en ændring i arbejdet (%2); senest tre år efter denne.</translation>
    </message>
    <message>
        <source>By %1 at the latest (three years after this one), and sooner if the work, the working methods or the premises change.</source>
        <translation>Senest %1 (tre år efter denne), og før, hvis arbejdet, arbejdsmetoderne eller arbejdslokalerne ændres.</translation>
    </message>
    <message>
        <source>Next APV</source>
        <translation>Næste APV</translation>
    </message>
</context>
<context>
    <name>PlanRecordsPdf</name>
    <message>
        <source>About this APV</source>
        <translation>Om denne APV</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ikke skrevet ned</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Kortlægning</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Hvem deltog</translation>
    </message>
    <message>
        <source>The employees take part in the APV: directly in a firm with fewer than 10 employees (arbejdsmiljøloven § 6), through the work environment organisation (AMO) from 10 employees (arbejdsmiljøloven § 7).</source>
        <translation>De ansatte deltager i APV'en: direkte i en virksomhed med færre end 10 ansatte (arbejdsmiljøloven § 6), gennem arbejdsmiljøorganisationen (AMO) fra 10 ansatte (arbejdsmiljøloven § 7).</translation>
    </message>
</context>
<context>
    <name>PlanSitesPdf</name>
    <message>
        <source>This plan holds the problems and actions of %1 and those of the whole workplace, which concern the employees there too. Actions at other sites are left out. The approval is that of the whole plan.</source>
        <translation>Denne plan indeholder problemerne og tiltagene for %1 og dem for hele arbejdspladsen, som også gælder de ansatte dér. Tiltag på andre arbejdssteder er udeladt. Godkendelsen er den for hele planen.</translation>
    </message>
    <message>
        <source>Plan for one site: %1</source>
        <translation>Plan for ét arbejdssted: %1</translation>
    </message>
    <message>
        <source>Agreements with customers</source>
        <translation>Aftaler med kunder</translation>
    </message>
    <message>
        <source>BEK 1838/2023 §§ 8–9: when several employers have work done at the same workplace, they cooperate on safety and health there, and whoever works on another firm's premises also follows its rules on safety and health. What was agreed with each customer is written below; the points are good practice, not a form the rules prescribe.</source>
        <translation>BEK 1838/2023 §§ 8–9: Når flere arbejdsgivere lader arbejde udføre på samme arbejdssted, samarbejder de om sikkerhed og sundhed dér, og den, der arbejder på en anden virksomheds område, følger også dens regler om sikkerhed og sundhed. Det, der er aftalt med hver kunde, står nedenfor; punkterne er god praksis, ikke en formular, reglerne kræver.</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Ikke aftalt endnu</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Customer's contact</source>
        <translation>Kundens kontaktperson</translation>
    </message>
    <message>
        <source>Who coordinates safety and health</source>
        <translation>Hvem koordinerer sikkerhed og sundhed</translation>
    </message>
    <message>
        <source>Known risks at the site</source>
        <translation>Kendte risici på stedet</translation>
    </message>
    <message>
        <source>Whom to call after an episode</source>
        <translation>Hvem ringer man til efter en episode</translation>
    </message>
    <message>
        <source>Break room</source>
        <translation>Pauserum</translation>
    </message>
    <message>
        <source>Toilet</source>
        <translation>Toilet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
</context>
<context>
    <name>PlanWorkbook</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Action plan – %1</source>
        <translation>Handlingsplan – %1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Tiltag</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Godkendelse</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Seriousness</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Årsager</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Solved at once</source>
        <translation>Løst med det samme</translation>
    </message>
    <message>
        <source>Number of actions</source>
        <translation>Antal tiltag</translation>
    </message>
    <message>
        <source>Problem no.</source>
        <translation>Problem nr.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What is done</source>
        <translation>Hvad gøres</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Opfølgningsdato</translation>
    </message>
    <message>
        <source>How the effect is followed up</source>
        <translation>Sådan følges der op på effekten</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Effect note</source>
        <translation>Bemærkning om effekten</translation>
    </message>
    <message>
        <source>Effect date</source>
        <translation>Effekt vurderet den</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Poster text (%1)</source>
        <translation>Plakattekst (%1)</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbejdsplads</translation>
    </message>
    <message>
        <source>APV round</source>
        <translation>APV-runde</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>Plan last changed</source>
        <translation>Planen sidst ændret</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <source>Changed since approval</source>
        <translation>Ændret efter godkendelsen</translation>
    </message>
    <message>
        <source>Who approves</source>
        <translation>Hvem godkender</translation>
    </message>
    <message>
        <source>Recorded approvals</source>
        <translation>Registrerede godkendelser</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Approval is for</source>
        <translation>Godkendelsen gælder</translation>
    </message>
    <message>
        <source>No approvals have been recorded.</source>
        <translation>Der er ikke registreret nogen godkendelser.</translation>
    </message>
    <message>
        <source>For the current plan</source>
        <translation>Den nuværende plan</translation>
    </message>
    <message>
        <source>Dated before the round started: does not count</source>
        <translation>Dateret før runden startede: tæller ikke</translation>
    </message>
    <message>
        <source>For an earlier version</source>
        <translation>En tidligere udgave</translation>
    </message>
    <message>
        <source>The action plan is approved as it stands.</source>
        <translation>Handlingsplanen er godkendt, som den er nu.</translation>
    </message>
    <message>
        <source>The action plan was approved, but it changed on %1 and should be approved again.</source>
        <translation>Handlingsplanen blev godkendt, men den blev ændret %1 og bør godkendes igen.</translation>
    </message>
    <message>
        <source>The action plan was approved, but it has changed since and should be approved again.</source>
        <translation>Handlingsplanen blev godkendt, men den er ændret siden og bør godkendes igen.</translation>
    </message>
    <message>
        <source>The action plan is not approved yet.</source>
        <translation>Handlingsplanen er endnu ikke godkendt.</translation>
    </message>
    <message>
        <source>The work environment organisation (AMO) approves the action plan.</source>
        <translation>Arbejdsmiljøorganisationen (AMO) godkender handlingsplanen.</translation>
    </message>
    <message>
        <source>The employer and at least one employee representative approve the action plan.</source>
        <translation>Arbejdsgiveren og mindst én medarbejderrepræsentant godkender handlingsplanen.</translation>
    </message>
</context>
<context>
    <name>PointDecisions</name>
    <message>
        <source>Create problem from this point…</source>
        <translation>Opret problem ud fra dette punkt…</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Tilføj tiltag…</translation>
    </message>
    <message>
        <source>Nothing in the action plan from this point yet.</source>
        <translation>Intet i handlingsplanen fra dette punkt endnu.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Tiltag: %1</translation>
    </message>
    <message>
        <source>Raised at the dialogue meeting of %1 on %2 (%3 participants).</source>
        <translation>Rejst på dialogmødet for %1 den %2 (%3 deltagere).</translation>
    </message>
</context>
<context>
    <name>PointEditor</name>
    <message>
        <source>The group's rating (keys 1–5)</source>
        <translation>Gruppens vurdering (tast 1–5)</translation>
    </message>
    <message>
        <source>What helps the group; what should be kept.</source>
        <translation>Hvad hjælper gruppen; hvad skal vi holde fast i.</translation>
    </message>
    <message>
        <source>What gets in the way; when and how often.</source>
        <translation>Hvad står i vejen; hvornår og hvor tit.</translation>
    </message>
    <message>
        <source>What could be done, and by whom.</source>
        <translation>Hvad kan man gøre, og hvem gør det.</translation>
    </message>
    <message>
        <source>What works</source>
        <translation>Hvad fungerer</translation>
    </message>
    <message>
        <source>What does not work</source>
        <translation>Hvad fungerer ikke</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>The agenda is empty</source>
        <translation>Dagsordenen er tom</translation>
    </message>
    <message>
        <source>Add a point to start.</source>
        <translation>Tilføj et punkt for at begynde.</translation>
    </message>
</context>
<context>
    <name>PosterTexts</name>
    <message>
        <source>%1 of the poster's problems and actions have no text in %2 yet; they will be printed in Danish only.</source>
        <translation>%1 af plakatens problemer og tiltag har endnu ingen tekst på %2; de udskrives kun på dansk.</translation>
    </message>
    <message>
        <source>Problem %1: “%2”</source>
        <translation>Problem %1: »%2«</translation>
    </message>
    <message>
        <source>Action for problem %1: “%2”</source>
        <translation>Tiltag til problem %1: »%2«</translation>
    </message>
    <message>
        <source>Warning: %1 %2</source>
        <translation>Advarsel: %1 %2</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polsk</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>rumænsk</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainsk</translation>
    </message>
</context>
<context>
    <name>PosterTextsCheck</name>
    <message>
        <source>Texts missing in %1</source>
        <translation>Tekster mangler på %1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… og %1 til.</translation>
    </message>
    <message>
        <source>Print with Danish only</source>
        <translation>Udskriv kun på dansk</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Write them now…</source>
        <translation>Skriv dem nu…</translation>
    </message>
</context>
<context>
    <name>PosterTextsDialog</name>
    <message>
        <source>The poster's texts in another language</source>
        <translation>Plakatens tekster på et andet sprog</translation>
    </message>
    <message>
        <source>Write a short text for each problem and action in the poster's second language, so that everyone can read what was decided. A field left empty prints in Danish only.</source>
        <translation>Skriv en kort tekst til hvert problem og tiltag på plakatens andet sprog, så alle kan læse, hvad der er besluttet. Et tomt felt udskrives kun på dansk.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <source>The poster shows no problems yet.</source>
        <translation>Plakaten viser endnu ingen problemer.</translation>
    </message>
    <message>
        <source>What we found:</source>
        <translation>Det fandt vi:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Tiltag:</translation>
    </message>
    <message>
        <source>In %1 (optional)</source>
        <translation>På %1 (valgfrit)</translation>
    </message>
</context>
<context>
    <name>PreparationPage</name>
    <message>
        <source>Preparation</source>
        <translation>Forberedelse</translation>
    </message>
    <message>
        <source>Who the workplace is, which groups take part, and how the round protects anonymity. Changes are saved as you type.</source>
        <translation>Hvem arbejdspladsen er, hvilke grupper der deltager, og hvordan runden beskytter anonymiteten. Ændringer gemmes, mens du skriver.</translation>
    </message>
    <message>
        <source>The workplace</source>
        <translation>Arbejdspladsen</translation>
    </message>
    <message>
        <source>e.g. laundry, dry cleaning, cleaning</source>
        <translation>f.eks. vaskeri, renseri, rengøring</translation>
    </message>
    <message>
        <source>None: the employer and the employees work together directly</source>
        <translation>Ingen: arbejdsgiveren og de ansatte samarbejder direkte</translation>
    </message>
    <message>
        <source>One level: work environment group(s)</source>
        <translation>Ét niveau: arbejdsmiljøgruppe(r)</translation>
    </message>
    <message>
        <source>Two levels: work environment groups and a committee</source>
        <translation>To niveauer: arbejdsmiljøgrupper og et arbejdsmiljøudvalg</translation>
    </message>
    <message>
        <source>e.g. the folder 'APV – physical' in the office</source>
        <translation>f.eks. mappen »APV – fysisk« på kontoret</translation>
    </message>
    <message>
        <source>e.g. a copy in the break room; ask the manager for the whole folder</source>
        <translation>f.eks. en kopi i frokoststuen; spørg lederen om hele mappen</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Navne, adskilt af kommaer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>CVR number:</source>
        <translation>CVR-nummer:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Trade:</source>
        <translation>Branche:</translation>
    </message>
    <message>
        <source>Employees in all:</source>
        <translation>Ansatte i alt:</translation>
    </message>
    <message>
        <source>Work environment organisation (AMO):</source>
        <translation>Arbejdsmiljøorganisation (AMO):</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Leder:</translation>
    </message>
    <message>
        <source>Safety representative(s):</source>
        <translation>Arbejdsmiljørepræsentant(er):</translation>
    </message>
    <message>
        <source>The rest of the APV is kept:</source>
        <translation>Resten af APV'en findes:</translation>
    </message>
    <message>
        <source>The APV is kept, and employees read it:</source>
        <translation>APV'en findes, og de ansatte læser den:</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>A group is a team, department or shift whose results are shown together. To change a name or a number, select it and type.</source>
        <translation>En gruppe er et team, en afdeling eller et skift, hvis resultater vises samlet. Vælg et navn eller et tal og skriv for at ændre det.</translation>
    </message>
    <message>
        <source>Add group…</source>
        <translation>Tilføj gruppe…</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Slet gruppe</translation>
    </message>
    <message>
        <source>Names in other languages…</source>
        <translation>Navne på andre sprog…</translation>
    </message>
    <message>
        <source>The groups' names for employees who answer in English, Polish, Romanian or Ukrainian</source>
        <translation>Gruppernes navne for medarbejdere, der svarer på engelsk, polsk, rumænsk eller ukrainsk</translation>
    </message>
    <message>
        <source>Sites…</source>
        <translation>Arbejdssteder…</translation>
    </message>
    <message>
        <source>Your own premises and the customers' premises where your groups work</source>
        <translation>Jeres egne lokaler og de kunder, hvor jeres grupper arbejder</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Tilføj gruppe</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>Gruppens navn:</translation>
    </message>
    <message>
        <source>Number of employees in %1:</source>
        <translation>Antal ansatte i %1:</translation>
    </message>
    <message>
        <source>Delete the group %1?</source>
        <translation>Vil du slette gruppen %1?</translation>
    </message>
    <message>
        <source>%1 has answers, problems or absence figures in a round, so it cannot be deleted. You can rename it instead.</source>
        <translation>%1 har svar, problemer eller fraværstal i en runde og kan derfor ikke slettes. Du kan omdøbe den i stedet.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Dialogue meeting</source>
        <translation>Dialogmøde</translation>
    </message>
    <message>
        <source>Close the presentation</source>
        <translation>Luk præsentationen</translation>
    </message>
    <message>
        <source>F11: full screen   ←/→: previous/next point   Esc: back to the facilitator's view</source>
        <translation>F11: fuld skærm   ←/→: forrige/næste punkt   Esc: tilbage til mødelederens visning</translation>
    </message>
    <message>
        <source>The agenda is empty</source>
        <translation>Dagsordenen er tom</translation>
    </message>
    <message>
        <source>Point %1 / %2</source>
        <translation>Punkt %1 / %2</translation>
    </message>
    <message>
        <source>Our rating: %1</source>
        <translation>Vores vurdering: %1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Printing</source>
        <translation>Udskriver</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Udskriver side %1 af %2…</translation>
    </message>
    <message>
        <source>apvdesk could not read the document it made for printing. Save the PDF and print it from there, and please report the problem.</source>
        <translation>apvdesk kunne ikke læse det dokument, det lavede til udskrivning. Gem PDF'en og udskriv den derfra, og giv os gerne besked om problemet.</translation>
    </message>
    <message>
        <source>The printer did not accept the document. Check that the printer is switched on and try again, or save the PDF and print it from there.</source>
        <translation>Printeren tog ikke imod dokumentet. Kontrollér, at printeren er tændt, og prøv igen, eller gem PDF'en og udskriv den derfra.</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>Kunne ikke udskrive</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Edit problem</source>
        <translation>Ret problem</translation>
    </message>
    <message>
        <source>Other (not a theme of the survey)</source>
        <translation>Andet (ikke et tema i spørgeskemaet)</translation>
    </message>
    <message>
        <source>For example heat, solvents, soiled linen or heavy lifting: give it a title of its own.</source>
        <translation>F.eks. varme, opløsningsmidler, snavset linned eller tunge løft: giv det sin egen titel.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>e.g. Heat at the ironer in summer</source>
        <translation>f.eks. Varme ved strygerullen om sommeren</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Groups affected:</source>
        <translation>Berørte grupper:</translation>
    </message>
    <message>
        <source>What is the problem? Describe it in a few sentences.</source>
        <translation>Hvad er problemet? Beskriv det med få sætninger.</translation>
    </message>
    <message>
        <source>Problem (kind):</source>
        <translation>Problem (art):</translation>
    </message>
    <message>
        <source>On the poster:</source>
        <translation>På plakaten:</translation>
    </message>
    <message>
        <source>Seriousness:</source>
        <translation>Alvor:</translation>
    </message>
    <message>
        <source>Who is affected, how many, and how often?</source>
        <translation>Hvem er berørt, hvor mange og hvor ofte?</translation>
    </message>
    <message>
        <source>Extent:</source>
        <translation>Omfang:</translation>
    </message>
    <message>
        <source>What in the work causes it?</source>
        <translation>Hvad i arbejdet er årsagen?</translation>
    </message>
    <message>
        <source>Causes:</source>
        <translation>Årsager:</translation>
    </message>
    <message>
        <source>1 is the most urgent</source>
        <translation>1 er det mest presserende</translation>
    </message>
    <message>
        <source>Priority (1 = most urgent):</source>
        <translation>Prioritet (1 = mest presserende):</translation>
    </message>
    <message>
        <source>Solved at once: no action plan is needed</source>
        <translation>Løst med det samme: der skal ikke være en handlingsplan</translation>
    </message>
    <message>
        <source>BEK 1838/2023 asks for a written plan only for problems that cannot be solved at once.</source>
        <translation>BEK 1838/2023 kræver kun en skriftlig plan for problemer, der ikke kan løses med det samme.</translation>
    </message>
    <message>
        <source>May contribute to the sickness absence</source>
        <translation>Kan bidrage til sygefraværet</translation>
    </message>
    <message>
        <source>Tick it when the assessment finds that this problem may be behind part of the sickness absence (BEK 1838/2023 asks the APV to consider the absence).</source>
        <translation>Sæt kryds, når vurderingen finder, at problemet kan ligge bag en del af sygefraværet (BEK 1838/2023 kræver, at APV'en inddrager sygefraværet).</translation>
    </message>
</context>
<context>
    <name>ProblemFromEvidence</name>
    <message>
        <source>the whole workplace</source>
        <translation>hele arbejdspladsen</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Low score on %1 in %2</source>
        <translation>Lav score på %1 i %2</translation>
    </message>
    <message>
        <source>High score on %1 (high = heavy) in %2</source>
        <translation>Høj score på %1 (højt = belastende) i %2</translation>
    </message>
    <message>
        <source>Whole workplace</source>
        <translation>Hele arbejdspladsen</translation>
    </message>
    <message>
        <source>%1: %2 answers, mean %3 on a scale from 0 to 100</source>
        <translation>%1: %2 svar, gennemsnit %3 på en skala fra 0 til 100</translation>
    </message>
    <message>
        <source>%1 with an unfavourable score</source>
        <translation>%1 med en ugunstig score</translation>
    </message>
    <message>
        <source>Sickness absence of %1 in %2 (%3)</source>
        <translation>Sygefravær på %1 i %2 (%3)</translation>
    </message>
    <message>
        <source>%1, %2: %3 sickness absence (%4 absence days, %5 employees or FTE)</source>
        <translation>%1, %2: %3 sygefravær (%4 fraværsdage, %5 ansatte eller årsværk)</translation>
    </message>
    <message>
        <source>%1 percentage points compared with %2</source>
        <translation>%1 procentpoint i forhold til %2</translation>
    </message>
    <message>
        <source>Problem added to the action plan.</source>
        <translation>Problemet er tilføjet handlingsplanen.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Seriousness</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Tiltag</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Arbejdssted</translation>
    </message>
    <message>
        <source>Solved at once</source>
        <translation>Løst med det samme</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress and effect</source>
        <translation>Fremskridt og effekt</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Ansvarlig: %1</translation>
    </message>
    <message>
        <source>Check the effect by: %1</source>
        <translation>Tjek effekten ved at: %1</translation>
    </message>
</context>
<context>
    <name>RatingButtons</name>
    <message>
        <source>Not rated</source>
        <translation>Ikke vurderet</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <source>Open for editing</source>
        <translation>Åbn til redigering</translation>
    </message>
    <message>
        <source>Open the file again for changes, once the other copy of apvdesk has closed it.</source>
        <translation>Åbn filen igen, så du kan ændre i den, når apvdesk det andet sted har lukket den.</translation>
    </message>
    <message>
        <source>You can look and print, but not change anything.</source>
        <translation>Du kan se og udskrive, men ikke ændre noget.</translation>
    </message>
    <message>
        <source>Read-only: this file is marked as open in another copy of apvdesk.</source>
        <translation>Skrivebeskyttet: filen er markeret som åben i apvdesk et andet sted.</translation>
    </message>
    <message>
        <source>Read-only: %1 on %2 has this file open since %3.</source>
        <translation>Skrivebeskyttet: %1 på %2 har haft filen åben siden %3.</translation>
    </message>
    <message>
        <source>Read-only: this is a backup copy that apvdesk made.</source>
        <translation>Skrivebeskyttet: dette er en sikkerhedskopi, som apvdesk har lavet.</translation>
    </message>
    <message>
        <source>To work with it, open the workplace file and choose File › Restore a backup.</source>
        <translation>Vil I arbejde videre med den, så åbn arbejdspladsfilen og vælg Filer › Gendan en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Read-only: apvdesk may not write in the folder of this file.</source>
        <translation>Skrivebeskyttet: apvdesk må ikke skrive i den mappe, filen ligger i.</translation>
    </message>
    <message>
        <source>To make changes, copy the file to a folder where you may write.</source>
        <translation>Hvis du vil ændre noget, så kopiér filen til en mappe, hvor du må skrive.</translation>
    </message>
    <message>
        <source>Read-only: the file is marked read-only.</source>
        <translation>Skrivebeskyttet: selve filen er markeret som skrivebeskyttet.</translation>
    </message>
    <message>
        <source>To make changes, remove the mark or copy the file to a folder where you may write.</source>
        <translation>Hvis du vil ændre noget, så fjern markeringen, eller kopiér filen til en mappe, hvor du må skrive.</translation>
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <source>Every group's working conditions are mapped (questionnaire or dialogue meeting).</source>
        <translation>Arbejdsforholdene i hver gruppe er kortlagt (spørgeskema eller dialogmøde).</translation>
    </message>
    <message>
        <source>Every red and yellow result and every meeting point rated a problem is a problem in the register, or dismissed with a written reason.</source>
        <translation>Hvert rødt og gult resultat og hvert mødepunkt, der er vurderet som et problem, er et problem i planen eller fravalgt med en skriftlig begrundelse.</translation>
    </message>
    <message>
        <source>Each problem is described: its kind, seriousness, extent and causes.</source>
        <translation>Hvert problem er beskrevet: art, alvor, omfang og årsager.</translation>
    </message>
    <message>
        <source>The sickness absence is considered: can conditions at work contribute to it? If so, it is linked to a problem, or the reason why not is written.</source>
        <translation>Sygefraværet er inddraget: kan forhold i arbejdet bidrage til det? Hvis ja, er det koblet til et problem, eller det er skrevet, hvorfor ikke.</translation>
    </message>
    <message>
        <source>Every problem not solved at once has actions saying how, by when and who is responsible.</source>
        <translation>Hvert problem, der ikke løses med det samme, har tiltag, der siger hvordan, hvornår og hvem der er ansvarlig.</translation>
    </message>
    <message>
        <source>Follow-up is planned: when and how the effect of each action is checked.</source>
        <translation>Opfølgningen er planlagt: hvornår og hvordan effekten af hvert tiltag tjekkes.</translation>
    </message>
    <message>
        <source>The action plan is approved by the AMO, or by the employer and an employee representative (good practice from the trade's guidance, not a rule of BEK 1838/2023).</source>
        <translation>Handlingsplanen er godkendt af AMO eller af arbejdsgiveren og en medarbejderrepræsentant (god praksis efter branchens vejledning, ikke et krav i BEK 1838/2023).</translation>
    </message>
    <message>
        <source>Employees took part: who took part in the mapping, the assessment and the plan is recorded (arbejdsmiljøloven §§ 6–7; from 10 employees through the AMO).</source>
        <translation>De ansatte har deltaget: hvem der deltog i kortlægningen, vurderingen og planen, er skrevet ned (arbejdsmiljøloven §§ 6–7; fra 10 ansatte gennem AMO).</translation>
    </message>
    <message>
        <source>This program maps the psychosocial work environment only: where the rest of the APV (physical, chemical, ergonomic, accidents) is kept is recorded.</source>
        <translation>Programmet kortlægger kun det psykiske arbejdsmiljø: hvor resten af APV'en (fysisk, kemisk, ergonomisk, ulykker) findes, er skrevet ned.</translation>
    </message>
    <message>
        <source>Where the APV is kept and how employees can read it is recorded.</source>
        <translation>Hvor APV'en opbevares, og hvordan de ansatte kan læse den, er skrevet ned.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>art</translation>
    </message>
    <message>
        <source>extent</source>
        <translation>omfang</translation>
    </message>
    <message>
        <source>causes</source>
        <translation>årsager</translation>
    </message>
    <message>
        <source>how</source>
        <translation>hvordan</translation>
    </message>
    <message>
        <source>who is responsible</source>
        <translation>hvem der er ansvarlig</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>frist</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>the whole workplace</source>
        <translation>hele arbejdspladsen</translation>
    </message>
    <message>
        <source>Meeting point “%1” (%2): rated a problem</source>
        <translation>Mødepunktet »%1« (%2): vurderet som et problem</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rød</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>gul</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>the mapping</source>
        <translation>kortlægningen</translation>
    </message>
    <message>
        <source>the assessment</source>
        <translation>vurderingen</translation>
    </message>
    <message>
        <source>the action plan</source>
        <translation>handlingsplanen</translation>
    </message>
    <message>
        <source>the follow-up</source>
        <translation>opfølgningen</translation>
    </message>
    <message>
        <source>Groups mapped by their results: %1; by a dialogue meeting: %2.</source>
        <translation>Grupper kortlagt ved deres resultater: %1; ved et dialogmøde: %2.</translation>
    </message>
    <message>
        <source>No red or yellow results and no meeting points rated a problem.</source>
        <translation>Ingen røde eller gule resultater og ingen mødepunkter vurderet som et problem.</translation>
    </message>
    <message>
        <source>Findings: %1. Covered by problems in the plan: %2; not a problem, with the reason written: %3.</source>
        <translation>Fund: %1. Dækket af problemer i planen: %2; ikke et problem, med skriftlig begrundelse: %3.</translation>
    </message>
    <message>
        <source>Problems in the plan that may contribute to the absence: %1.</source>
        <translation>Problemer i planen, der kan bidrage til fraværet: %1.</translation>
    </message>
    <message>
        <source>No problem is linked; the reason is written.</source>
        <translation>Intet problem er koblet; begrundelsen er skrevet.</translation>
    </message>
    <message>
        <source>Problems described: %1.</source>
        <translation>Beskrevne problemer: %1.</translation>
    </message>
    <message>
        <source>Actions planned: %1.</source>
        <translation>Planlagte tiltag: %1.</translation>
    </message>
    <message>
        <source>The collection of answers still runs: end it to see the results (Mapping page).</source>
        <translation>Indsamlingen af svar kører stadig: afslut den for at se resultaterne (siden Kortlægning).</translation>
    </message>
    <message>
        <source>%1: its results are withheld (too few answers) and it had no dialogue meeting. Hold a dialogue meeting with the group, or merge it with another group in the next round.</source>
        <translation>%1: resultaterne er skjult (for få svar), og gruppen har ikke haft et dialogmøde. Hold et dialogmøde med gruppen, eller slå den sammen med en anden gruppe i næste runde.</translation>
    </message>
    <message>
        <source>%1: enough answers, but most of its results are withheld to protect a smaller group's answers, and it had no dialogue meeting. Hold a dialogue meeting with the group, or merge the smaller group with another in the next round.</source>
        <translation>%1: nok svar, men de fleste af gruppens resultater er skjult for at beskytte en mindre gruppes svar, og gruppen har ikke haft et dialogmøde. Hold et dialogmøde med gruppen, eller slå den mindre gruppe sammen med en anden i næste runde.</translation>
    </message>
    <message>
        <source>%1: no answers and no dialogue meeting. Collect answers or hold a dialogue meeting.</source>
        <translation>%1: ingen svar og intet dialogmøde. Indsaml svar, eller hold et dialogmøde.</translation>
    </message>
    <message>
        <source>%1 — not handled: make it a problem, or dismiss it with a reason (Assessment page).</source>
        <translation>%1 – ikke behandlet: gør det til et problem, eller skriv, hvorfor det ikke er et (siden Vurdering).</translation>
    </message>
    <message>
        <source>Not judged yet whether conditions at work can contribute to the sickness absence.</source>
        <translation>Det er endnu ikke vurderet, om forhold i arbejdet kan bidrage til sygefraværet.</translation>
    </message>
    <message>
        <source>Conditions at work are judged to contribute to the absence, but no problem is linked to it and no reason is written.</source>
        <translation>Forhold i arbejdet vurderes at bidrage til fraværet, men intet problem er koblet til det, og der er ikke skrevet en begrundelse.</translation>
    </message>
    <message>
        <source>Problem %1: %2 missing.</source>
        <translation>Problem %1: mangler %2.</translation>
    </message>
    <message>
        <source>Problem %1 has no action.</source>
        <translation>Problem %1 har intet tiltag.</translation>
    </message>
    <message>
        <source>Problem %1, action “%2”: %3 missing.</source>
        <translation>Problem %1, tiltaget »%2«: mangler %3.</translation>
    </message>
    <message>
        <source>Problem %1, action “%2”: when and how its effect is checked is not planned.</source>
        <translation>Problem %1, tiltaget »%2«: det er ikke planlagt, hvornår og hvordan effekten tjekkes.</translation>
    </message>
    <message>
        <source>The plan is not approved yet.</source>
        <translation>Planen er ikke godkendt endnu.</translation>
    </message>
    <message>
        <source>The plan has changed since it was approved: approve it again.</source>
        <translation>Planen er ændret, siden den blev godkendt: godkend den igen.</translation>
    </message>
    <message>
        <source>Who took part in %1 is not recorded.</source>
        <translation>Det er ikke skrevet ned, hvem der deltog i %1.</translation>
    </message>
    <message>
        <source>The workplace has %1 employees and no AMO recorded. From 10 employees the cooperation goes through an AMO (arbejdsmiljøloven § 7).</source>
        <translation>Arbejdspladsen har %1 ansatte og ingen AMO registreret. Fra 10 ansatte foregår samarbejdet gennem en AMO (arbejdsmiljøloven § 7).</translation>
    </message>
    <message>
        <source>The workplace has %1 employees and an AMO in one level. From 35 employees the AMO has two levels (BEK 1838/2023 on systematic work-environment work).</source>
        <translation>Arbejdspladsen har %1 ansatte og en AMO i ét niveau. Fra 35 ansatte har AMO to niveauer (BEK 1838/2023 om systematisk arbejdsmiljøarbejde).</translation>
    </message>
    <message>
        <source>Where the physical, chemical and ergonomic part of the APV is kept is not recorded.</source>
        <translation>Det er ikke skrevet ned, hvor den fysiske, kemiske og ergonomiske del af APV'en findes.</translation>
    </message>
    <message>
        <source>No groups take part in the round yet: add them on the Preparation page.</source>
        <translation>Ingen grupper er med i runden endnu: tilføj dem på siden Forberedelse.</translation>
    </message>
    <message>
        <source>Waiting for the mapping.</source>
        <translation>Venter på kortlægningen.</translation>
    </message>
    <message>
        <source>Waiting for the assessment of the findings.</source>
        <translation>Venter på vurderingen af fundene.</translation>
    </message>
    <message>
        <source>Waiting for the actions to be planned.</source>
        <translation>Venter på, at tiltagene er planlagt.</translation>
    </message>
    <message>
        <source>Where the APV is kept, and how employees can read it, is not recorded.</source>
        <translation>Det er ikke skrevet ned, hvor APV'en opbevares, og hvordan de ansatte kan læse den.</translation>
    </message>
</context>
<context>
    <name>RecordListDialog</name>
    <message>
        <source>Edit…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message>
        <source>This program maps the psychosocial work environment only. The APV also covers the physical, chemical and ergonomic conditions and accidents; they are assessed and kept elsewhere.</source>
        <translation>Programmet kortlægger kun det psykiske arbejdsmiljø. APV'en omfatter også de fysiske, kemiske og ergonomiske forhold og ulykker; de vurderes og gemmes et andet sted.</translation>
    </message>
    <message>
        <source>The rest of the APV (physical, chemical, ergonomic, accidents)</source>
        <translation>Resten af APV'en (fysisk, kemisk, ergonomisk, ulykker)</translation>
    </message>
    <message>
        <source>Not recorded where it is kept.</source>
        <translation>Det er ikke skrevet ned, hvor den findes.</translation>
    </message>
    <message>
        <source>Where the APV is kept and how employees can read it</source>
        <translation>Hvor APV'en findes, og hvordan de ansatte kan læse den</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Ikke skrevet ned endnu.</translation>
    </message>
    <message>
        <source>From %1 employees, the cooperation on safety and health goes through a work environment organisation (AMO) (arbejdsmiljøloven § 7). The workplace has %2 employees and no AMO is recorded.</source>
        <translation>Fra %1 ansatte foregår samarbejdet om sikkerhed og sundhed gennem en arbejdsmiljøorganisation (AMO) (arbejdsmiljøloven § 7). Arbejdspladsen har %2 ansatte, og der er ikke angivet nogen AMO.</translation>
    </message>
    <message>
        <source>From %1 employees, the work environment organisation (AMO) has two levels: work environment groups and a committee (BEK 1838/2023). The workplace has %2 employees and an AMO in one level is recorded.</source>
        <translation>Fra %1 ansatte har arbejdsmiljøorganisationen (AMO) to niveauer: arbejdsmiljøgrupper og et arbejdsmiljøudvalg (BEK 1838/2023). Arbejdspladsen har %2 ansatte, og der er angivet en AMO i ét niveau.</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <source>Show follow-up</source>
        <translation>Vis opfølgning</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Reminder – overdue: %1, due within 14 days: %2</source>
        <translation>Påmindelse – overskredet: %1, inden for 14 dage: %2</translation>
    </message>
    <message>
        <source>waiting for the next step: %1</source>
        <translation>venter på næste skridt: %1</translation>
    </message>
    <message>
        <source>Choose the next step for: %2 (effect recorded %1)</source>
        <translation>Vælg næste skridt for: %2 (effekten er registreret %1)</translation>
    </message>
    <message>
        <source>Overdue since %1: %2</source>
        <translation>Overskredet siden %1: %2</translation>
    </message>
    <message>
        <source>Check the effect by %1: %2</source>
        <translation>Tjek effekten senest %1: %2</translation>
    </message>
    <message>
        <source>Deadline %1: %2</source>
        <translation>Frist %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Print the APV's documents. The PDF files open in your PDF viewer when they are saved.</source>
        <translation>Udskriv APV'ens dokumenter. PDF-filerne åbnes i din PDF-læser, når de er gemt.</translation>
    </message>
    <message>
        <source>Action plan (PDF)</source>
        <translation>Handlingsplan (PDF)</translation>
    </message>
    <message>
        <source>Save action plan as PDF…</source>
        <translation>Gem handlingsplanen som PDF…</translation>
    </message>
    <message>
        <source>Poster for the break room (PDF)</source>
        <translation>Plakat til frokoststuen (PDF)</translation>
    </message>
    <message>
        <source>Save poster as PDF…</source>
        <translation>Gem plakat som PDF…</translation>
    </message>
    <message>
        <source>Paper questionnaire (PDF)</source>
        <translation>Papirspørgeskema (PDF)</translation>
    </message>
    <message>
        <source>The round's questions with tick boxes, to print and fill in with a pen — in each language the round offers. Type the forms in on the Mapping page.</source>
        <translation>Rundens spørgsmål med afkrydsningsfelter, til at udskrive og udfylde med kuglepen – på hvert af de sprog, runden tilbyder. Indtast skemaerne på siden Kortlægning.</translation>
    </message>
    <message>
        <source>Save questionnaire as PDF…</source>
        <translation>Gem spørgeskemaet som PDF…</translation>
    </message>
    <message>
        <source>Full APV report (PDF)</source>
        <translation>Hele APV-rapporten (PDF)</translation>
    </message>
    <message>
        <source>The whole APV in one document: workplace and method, response, results with charts (withheld results marked, never shown), dialogue findings, sickness absence, the problems and the action plan, and the follow-up.</source>
        <translation>Hele APV'en i ét dokument: arbejdsplads og metode, svar, resultater med diagrammer (skjulte resultater markeres, vises aldrig), resultater fra dialogmøder, sygefravær, problemerne og handlingsplanen samt opfølgningen.</translation>
    </message>
    <message>
        <source>Save APV report as PDF…</source>
        <translation>Gem APV-rapport som PDF…</translation>
    </message>
    <message>
        <source>The full report has the round's results, so it can be printed once the collection has ended (Mapping › End the collection).</source>
        <translation>Den samlede rapport rummer rundens resultater, så den kan udskrives, når indsamlingen er afsluttet (Kortlægning › Afslut indsamlingen).</translation>
    </message>
    <message>
        <source>One page: every problem in the action plan, what is being done, and who to talk to. Add a second language so that everyone can read it.</source>
        <translation>Én side: alle problemer i handlingsplanen, hvad der bliver gjort, og hvem man kan tale med. Tilføj et andet sprog, så alle kan læse den.</translation>
    </message>
    <message>
        <source>Follow-up list (PDF)</source>
        <translation>Opfølgningsliste (PDF)</translation>
    </message>
    <message>
        <source>The actions that are not done yet, the earliest deadline first: the problem, what is done, who is responsible and how the effect is checked, with a box to tick and lines to write the outcome. To take round the workplace.</source>
        <translation>De tiltag, som ikke er gennemført endnu, med den tidligste frist først: problemet, hvad der gøres, hvem der er ansvarlig, og hvordan effekten tjekkes – med et felt til at sætte kryds og linjer til at skrive resultatet. Til at tage med rundt på arbejdspladsen.</translation>
    </message>
    <message>
        <source>Save follow-up list as PDF…</source>
        <translation>Gem opfølgningslisten som PDF…</translation>
    </message>
    <message>
        <source>follow-up list</source>
        <translation>opfølgningsliste</translation>
    </message>
    <message>
        <source>Coming in a later version</source>
        <translation>Kommer i en senere version</translation>
    </message>
    <message>
        <source>poster</source>
        <translation>plakat</translation>
    </message>
    <message>
        <source>APV report</source>
        <translation>APV-rapport</translation>
    </message>
    <message>
        <source>There is no round yet, so there is nothing to print. Start one on the Preparation page.</source>
        <translation>Der er ingen runde endnu, så der er intet at udskrive. Start en på siden Forberedelse.</translation>
    </message>
    <message>
        <source>Texts in the second language…</source>
        <translation>Tekster på andet sprog…</translation>
    </message>
    <message>
        <source>Write the poster's problems and actions in its second language, next to the Danish.</source>
        <translation>Skriv plakatens problemer og tiltag på dens andet sprog ved siden af det danske.</translation>
    </message>
    <message>
        <source>Dialogue meeting:</source>
        <translation>Dialogmøde:</translation>
    </message>
    <message>
        <source>The dialogue meeting to print</source>
        <translation>Det dialogmøde, der skal udskrives</translation>
    </message>
    <message>
        <source>This round has no dialogue meeting yet, so there is no agenda or minutes to print. Hold one on the Mapping page.</source>
        <translation>Runden har endnu intet dialogmøde, så der er ingen dagsorden eller referat at udskrive. Hold et på siden Kortlægning.</translation>
    </message>
    <message>
        <source>Dialogue meeting – agenda (PDF)</source>
        <translation>Dialogmøde – dagsorden (PDF)</translation>
    </message>
    <message>
        <source>One page to hand out before the meeting: how the meeting works, and the points with their questions and times.</source>
        <translation>Én side at dele ud før mødet: hvordan mødet foregår, og punkterne med deres spørgsmål og tider.</translation>
    </message>
    <message>
        <source>Save agenda as PDF…</source>
        <translation>Gem dagsordenen som PDF…</translation>
    </message>
    <message>
        <source>Dialogue meeting – minutes (PDF)</source>
        <translation>Dialogmøde – referat (PDF)</translation>
    </message>
    <message>
        <source>The group's joint rating and notes for each point, and the problems and actions decided — with the number of participants, never their names.</source>
        <translation>Gruppens fælles vurdering og noter for hvert punkt og de besluttede problemer og tiltag – med antallet af deltagere, aldrig deres navne.</translation>
    </message>
    <message>
        <source>Save minutes as PDF…</source>
        <translation>Gem referatet som PDF…</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Uden dato</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>dagsorden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>referat</translation>
    </message>
    <message>
        <source>Export of the results to a spreadsheet.</source>
        <translation>Eksport af resultaterne til et regneark.</translation>
    </message>
    <message>
        <source>The problems in order of priority with their kind, seriousness, extent and causes; the actions with what is done, who is responsible, by when and how the effect is checked; the follow-up plan; and the approvals, or lines to sign.</source>
        <translation>Problemerne i prioriteret rækkefølge med art, alvor, omfang og årsager; tiltagene med hvad der gøres, hvem der er ansvarlig, hvornår og hvordan effekten tjekkes; opfølgningsplanen; og godkendelserne eller linjer til underskrift.</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>spørgeskema</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>handlingsplan</translation>
    </message>
    <message>
        <source>Annual work environment discussion (PDF)</source>
        <translation>Årlig arbejdsmiljødrøftelse (PDF)</translation>
    </message>
    <message>
        <source>The written record of each annual discussion: when, who took part, the past year, the coming year's work and goals, how you cooperate, and the knowledge and training needed. Write it on the Overview page.</source>
        <translation>Det skriftlige referat af hver årlig drøftelse: hvornår, hvem der deltog, det forløbne år, det kommende års arbejde og mål, hvordan I samarbejder, og behovet for viden og uddannelse. Skriv det på siden Overblik.</translation>
    </message>
    <message>
        <source>Save the record as PDF…</source>
        <translation>Gem referatet som PDF…</translation>
    </message>
    <message>
        <source>annual discussion</source>
        <translation>årlig drøftelse</translation>
    </message>
</context>
<context>
    <name>RescueFileDialog</name>
    <message>
        <source>Damaged workplace file</source>
        <translation>Beskadiget arbejdspladsfil</translation>
    </message>
    <message>
        <source>apvdesk can copy the file into a new one, repairing what can safely be repaired (an anonymity threshold below 3 becomes 5, for example) and leaving out what cannot, and leave this file exactly as it is. If you have a backup copy, it may hold more than a rescue can save.</source>
        <translation>apvdesk kan kopiere filen over i en ny, rette det, der trygt kan rettes (en anonymitetsgrænse under 3 bliver for eksempel til 5), og udelade det, der ikke kan rettes, og lade denne fil være præcis, som den er. Har du en sikkerhedskopi, kan den indeholde mere, end en redning kan gemme.</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it can no longer be read. This can happen when a USB stick is pulled out while a file is being saved, or when a disk is failing.</source>
        <translation>%1 er beskadiget: en del af den kan ikke længere læses. Det kan ske, når et USB-stik tages ud, mens en fil gemmes, eller når en disk er ved at gå i stykker.</translation>
    </message>
    <message>
        <source>apvdesk can copy everything that can still be read into a new file, and leave the damaged file exactly as it is. If you have a backup copy, it may hold more than a rescue can save.</source>
        <translation>apvdesk kan kopiere alt, hvad der stadig kan læses, over i en ny fil og lade den beskadigede fil være præcis, som den er. Har du en sikkerhedskopi, kan den indeholde mere, end en redning kan få med.</translation>
    </message>
    <message>
        <source>New file:</source>
        <translation>Ny fil:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Skift…</translation>
    </message>
    <message>
        <source>Choose where the rescued file goes</source>
        <translation>Vælg, hvor den reddede fil skal gemmes</translation>
    </message>
    <message>
        <source>Rescuing</source>
        <translation>Redder</translation>
    </message>
    <message>
        <source>Rescue into a new file</source>
        <translation>Red over i en ny fil</translation>
    </message>
    <message>
        <source>Open the new file</source>
        <translation>Åbn den nye fil</translation>
    </message>
    <message>
        <source>Save the rescued file as</source>
        <translation>Gem den reddede fil som</translation>
    </message>
    <message>
        <source>apvdesk workplaces (*.apvdesk)</source>
        <translation>apvdesk-arbejdspladser (*.apvdesk)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>%1 holds values that apvdesk cannot use, so it was not opened. This happens when the file has been changed outside apvdesk, for example with a database tool. What is wrong:</source>
        <translation>%1 indeholder værdier, som apvdesk ikke kan bruge, så filen blev ikke åbnet. Det sker, når filen er blevet ændret uden for apvdesk, for eksempel med et databaseprogram. Det her er galt:</translation>
    </message>
    <message>
        <source>• … and more (apvdesk check lists them all)</source>
        <translation>• … og flere (apvdesk check viser dem alle)</translation>
    </message>
    <message>
        <source>What was changed so that apvdesk can use the file:</source>
        <translation>Det blev ændret, så apvdesk kan bruge filen:</translation>
    </message>
    <message>
        <source>• … and %1 more</source>
        <translation>• … og %1 mere</translation>
    </message>
    <message>
        <source>Everything was saved in %1. The damage was only in parts that apvdesk can rebuild.</source>
        <translation>Alt blev gemt i %1. Skaden var kun i dele, som apvdesk kan genopbygge.</translation>
    </message>
    <message>
        <source>Saved in %1, with the repairs listed below:</source>
        <translation>Gemt i %1 med rettelserne herunder:</translation>
    </message>
    <message>
        <source>Saved in %1 — not everything could be read:</source>
        <translation>Gemt i %1 – ikke alt kunne læses:</translation>
    </message>
    <message>
        <source>The damaged file has not been changed. Check the new file before you rely on it, for example against your latest printout of the action plan.</source>
        <translation>Den beskadigede fil er ikke blevet ændret. Kontrollér den nye fil, før du stoler på den, for eksempel mod din seneste udskrift af handlingsplanen.</translation>
    </message>
    <message>
        <source>%1: missing from the file; the new file has none</source>
        <translation>%1: manglede i filen; den nye fil har ingen</translation>
    </message>
    <message>
        <source>%1: %2 saved, %3 lost, and some could not be read at all</source>
        <translation>%1: %2 gemt, %3 mistet, og noget kunne slet ikke læses</translation>
    </message>
    <message>
        <source>%1: %2 saved, %3 lost</source>
        <translation>%1: %2 gemt, %3 mistet</translation>
    </message>
    <message>
        <source>%1: %2 saved; some could not be read at all</source>
        <translation>%1: %2 gemt; noget kunne slet ikke læses</translation>
    </message>
    <message>
        <source>%1: %2 saved</source>
        <translation>%1: %2 gemt</translation>
    </message>
    <message>
        <source>(%1 of them repaired)</source>
        <translation>(%1 af dem rettet)</translation>
    </message>
    <message>
        <source>The workplace's details</source>
        <translation>Arbejdspladsens oplysninger</translation>
    </message>
    <message>
        <source>Safety representatives</source>
        <translation>Arbejdsmiljørepræsentanter</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>APV rounds</source>
        <translation>APV-runder</translation>
    </message>
    <message>
        <source>Groups taking part in a round</source>
        <translation>Grupper, der deltager i en runde</translation>
    </message>
    <message>
        <source>People who answered</source>
        <translation>Personer, der har svaret</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Sickness absence figures</source>
        <translation>Tal for sygefravær</translation>
    </message>
    <message>
        <source>Assessments of sickness absence</source>
        <translation>Vurderinger af sygefravær</translation>
    </message>
    <message>
        <source>Dialogue meetings</source>
        <translation>Dialogmøder</translation>
    </message>
    <message>
        <source>Groups at a dialogue meeting</source>
        <translation>Grupper ved et dialogmøde</translation>
    </message>
    <message>
        <source>Points of dialogue meetings</source>
        <translation>Punkter fra dialogmøder</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Groups a problem concerns</source>
        <translation>Grupper, et problem vedrører</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Tiltag</translation>
    </message>
    <message>
        <source>Approvals of the action plan</source>
        <translation>Godkendelser af handlingsplanen</translation>
    </message>
    <message>
        <source>Kept results of rounds</source>
        <translation>Gemte resultater af runder</translation>
    </message>
</context>
<context>
    <name>ResponseOverviewModel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Svarprocent</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Fewer than %1 answers: results will be withheld</source>
        <translation>Færre end %1 svar: resultaterne bliver skjult</translation>
    </message>
    <message>
        <source>More answers than employees: someone answered twice, or the headcount is out of date</source>
        <translation>Flere svar end ansatte: nogen har svaret to gange, eller antallet af ansatte er forældet</translation>
    </message>
    <message>
        <source>Under %1 answered: the result is weak</source>
        <translation>Under %1 har svaret: resultatet er usikkert</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 i alt</translation>
    </message>
    <message>
        <source>The whole round</source>
        <translation>Hele runden</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Gendan en sikkerhedskopi</translation>
    </message>
    <message>
        <source>apvdesk copies %1 by itself each time it is opened (keeping the five newest copies) and before every restore or upgrade. Choose the copy to go back to.</source>
        <translation>apvdesk kopierer selv %1, hver gang filen åbnes (de fem nyeste kopier gemmes), og før hver gendannelse eller opgradering. Vælg den kopi, du vil vende tilbage til.</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet. apvdesk makes one each time the file is opened, if it has changed since the last one, and before every restore or upgrade.</source>
        <translation>Der er endnu ingen sikkerhedskopier af %1. apvdesk laver en, hver gang filen åbnes, hvis den er ændret siden sidst, og før hver gendannelse eller opgradering.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Gendan…</translation>
    </message>
    <message>
        <source>Backups are kept in %1</source>
        <translation>Sikkerhedskopierne ligger i %1</translation>
    </message>
    <message>
        <source>The current file is saved as a backup first. Restore the copy from %1?</source>
        <translation>Den nuværende fil gemmes først som sikkerhedskopi. Vil du gendanne kopien fra %1?</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Sikkerhedskopien kan ikke gendannes</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sikkerhedskopien er gendannet</translation>
    </message>
    <message>
        <source>The copy from %1 has been restored. The file as it was just before is kept as a backup.</source>
        <translation>Kopien fra %1 er gendannet. Filen, som den så ud lige før, er gemt som sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>Slet en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Delete the copy from %1? It cannot be brought back.</source>
        <translation>Vil du slette kopien fra %1? Den kan ikke hentes tilbage.</translation>
    </message>
    <message>
        <source>Cannot delete the backup</source>
        <translation>Sikkerhedskopien kan ikke slettes</translation>
    </message>
</context>
<context>
    <name>ResultsCommandTexts</name>
    <message>
        <source>Round %1 “%2”: results withheld below %3 answers</source>
        <translation>Runde %1 »%2«: resultater skjules under %3 svar</translation>
    </message>
    <message>
        <source>Whole workplace</source>
        <translation>Hele arbejdspladsen</translation>
    </message>
    <message>
        <source>%1 (high = heavy)</source>
        <translation>%1 (højt = belastende)</translation>
    </message>
    <message>
        <source>n %1, mean %2, SD %3, %4 unfavourable, %5</source>
        <translation>n %1, gennemsnit %2, SD %3, %4 ugunstige, %5</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>skjult</translation>
    </message>
    <message>
        <source>Round %1 “%2” is still collecting answers (%3 so far). Its results are shown when the collection is ended in apvdesk (Mapping › End the collection).</source>
        <translation>Runde %1 »%2« samler stadig svar ind (%3 indtil nu). Resultaterne vises, når indsamlingen afsluttes i apvdesk (Kortlægning › Afslut indsamlingen).</translation>
    </message>
    <message>
        <source>%1 answers came in after the results were released and are not in them: they are added when every group they belong to has at least %2 new answers.</source>
        <translation>%1 svar er kommet ind, efter resultaterne blev offentliggjort, og er ikke med i dem: de kommer med, når hver gruppe, de hører til, har mindst %2 nye svar.</translation>
    </message>
    <message>
        <source>Round %2 “%3” has no results for the site “%1”: none of its groups were at the site when the results were released. Put the groups at their sites on apvdesk's Preparation page; the site's figures are then worked out from the answers already released.</source>
        <translation>Runde %2 »%3« har ingen resultater for arbejdsstedet »%1«: ingen af dets grupper var på arbejdsstedet, da resultaterne blev frigivet. Sæt grupperne på deres arbejdssteder på apvdesks side Forberedelse; så regnes arbejdsstedets tal ud af de svar, der allerede er frigivet.</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>ingen svar</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grøn</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>gul</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rød</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Whole workplace</source>
        <translation>Hele arbejdspladsen</translation>
    </message>
    <message>
        <source>%1
(%2 answers)</source>
        <translation>%1
(%2 svar)</translation>
    </message>
    <message>
        <source>%1
dialogue meeting
%2</source>
        <translation>%1
dialogmøde
%2</translation>
    </message>
    <message>
        <source>%1
(high = heavy)</source>
        <translation>%1
(højt = belastende)</translation>
    </message>
    <message>
        <source>%1  (n = %2)</source>
        <translation>%1  (n = %2)</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>skjult</translation>
    </message>
    <message>
        <source>Mean %1, standard deviation %2, %3 answers</source>
        <translation>Gennemsnit %1, standardafvigelse %2, %3 svar</translation>
    </message>
    <message>
        <source>%1 have an unfavourable score</source>
        <translation>%1 har en ugunstig score</translation>
    </message>
    <message>
        <source>Compared with %2 as a whole: %1</source>
        <translation>I forhold til %2 samlet: %1</translation>
    </message>
    <message>
        <source>Compared with the whole workplace: %1</source>
        <translation>I forhold til hele arbejdspladsen: %1</translation>
    </message>
    <message>
        <source>Change since the previous round: %1</source>
        <translation>Ændring siden forrige runde: %1</translation>
    </message>
    <message>
        <source>The group's joint judgement at a dialogue meeting, not an anonymous score.</source>
        <translation>Gruppens fælles vurdering på et dialogmøde – ikke en anonym score.</translation>
    </message>
</context>
<context>
    <name>RoundSetupBox</name>
    <message>
        <source>The current round</source>
        <translation>Den aktuelle runde</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Anonymity threshold:</source>
        <translation>Anonymitetsgrænse:</translation>
    </message>
    <message>
        <source>Results based on fewer answers than this are never shown. The usual threshold is 5; it can never be lower than 3.</source>
        <translation>Resultater med færre svar end dette vises aldrig. Den sædvanlige grænse er 5; den kan aldrig være lavere end 3.</translation>
    </message>
    <message>
        <source>Themes asked:</source>
        <translation>Temaer, der spørges om:</translation>
    </message>
    <message>
        <source>Groups taking part:</source>
        <translation>Deltagende grupper:</translation>
    </message>
    <message>
        <source>Languages offered:</source>
        <translation>Sprog, der tilbydes:</translation>
    </message>
    <message>
        <source>Set PIN…</source>
        <translation>Vælg PIN-kode…</translation>
    </message>
    <message>
        <source>Kiosk PIN:</source>
        <translation>PIN-kode til kiosk:</translation>
    </message>
    <message>
        <source>The questions cannot change once someone has answered.</source>
        <translation>Spørgsmålene kan ikke ændres, når nogen har svaret.</translation>
    </message>
    <message>
        <source>A short form asks fewer questions of its theme. Themes marked “always asked” are in every round.</source>
        <translation>Et kort skema stiller færre spørgsmål om sit tema. Temaer mærket »spørges altid« er med i hver runde.</translation>
    </message>
    <message>
        <source>%1 (%2 employees)</source>
        <translation>%1 (%2 ansatte)</translation>
    </message>
    <message>
        <source>The individual answers are deleted, so the threshold can no longer change.</source>
        <translation>De enkelte svar er slettet, så grænsen kan ikke længere ændres.</translation>
    </message>
    <message>
        <source>The respondents have been told %1 (in the kiosk, on the paper form or by answering), so it can only be raised now.</source>
        <translation>Deltagerne har fået at vide, at grænsen er %1 (i kiosken, på papirskemaet eller ved at svare), så den kan nu kun hæves.</translation>
    </message>
    <message>
        <source>A PIN is set.</source>
        <translation>Der er valgt en PIN-kode.</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>Skift PIN-kode…</translation>
    </message>
    <message>
        <source>No PIN yet. Set one before you start the kiosk.</source>
        <translation>Ingen PIN-kode endnu. Vælg en, før du starter kiosken.</translation>
    </message>
    <message>
        <source>With fewer than 15 employees an anonymous questionnaire is hardly anonymous, and its figures say little. Consider a dialogue meeting: the group talks the questions through together.</source>
        <translation>Med færre end 15 ansatte er et anonymt spørgeskema næppe anonymt, og tallene siger ikke meget. Overvej et dialogmøde, hvor gruppen taler spørgsmålene igennem sammen.</translation>
    </message>
    <message>
        <source>These groups have fewer employees than the anonymity threshold, so their results will be withheld: %1. Join them with another group, or hold a dialogue meeting with them.</source>
        <translation>Disse grupper har færre ansatte end anonymitetsgrænsen, så deres resultater bliver skjult: %1. Slå dem sammen med en anden gruppe, eller hold et dialogmøde med dem.</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Kiosk PIN</source>
        <translation>PIN-kode til kiosk</translation>
    </message>
    <message>
        <source>The PIN is needed to leave kiosk mode, so that nobody can see results or other pages from the shared PC. Use at least %1 digits and keep it to yourself.</source>
        <translation>PIN-koden skal bruges for at forlade kiosktilstanden, så ingen kan se resultater eller andre sider fra den fælles pc. Brug mindst %1 cifre, og hold den for dig selv.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Ny PIN-kode</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Ny PIN-kode igen</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>Ny PIN-kode:</translation>
    </message>
    <message>
        <source>New PIN again:</source>
        <translation>Ny PIN-kode igen:</translation>
    </message>
    <message>
        <source>Use at least %1 digits.</source>
        <translation>Brug mindst %1 cifre.</translation>
    </message>
    <message>
        <source>Type the same PIN twice.</source>
        <translation>Skriv den samme PIN-kode to gange.</translation>
    </message>
</context>
<context>
    <name>SiteChooser</name>
    <message>
        <source>Site:</source>
        <translation>Arbejdssted:</translation>
    </message>
    <message>
        <source>No results were released for %1: none of the round's groups were at it when the results were released. Put the groups at their sites on the Preparation page; the site's figures are then worked out from the answers already released, unless answers are waiting for the next release or the individual answers were deleted.</source>
        <translation>Der er ingen resultater for %1: ingen af rundens grupper var på arbejdsstedet, da resultaterne blev frigivet. Sæt grupperne på deres arbejdssteder på siden Forberedelse; så regnes arbejdsstedets tal ud af de svar, der allerede er frigivet – medmindre der er svar, som venter på næste frigivelse, eller de enkelte svar er slettet.</translation>
    </message>
</context>
<context>
    <name>SiteCombo</name>
    <message>
        <source>Site</source>
        <translation>Arbejdssted</translation>
    </message>
    <message>
        <source>The whole workplace</source>
        <translation>Hele arbejdspladsen</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Arbejdssted:</translation>
    </message>
    <message>
        <source>For one site: its problems and actions and those of the whole workplace, and what was agreed with the customer there.</source>
        <translation>For ét arbejdssted: dets problemer og tiltag og dem for hele arbejdspladsen, og det, der er aftalt med kunden dér.</translation>
    </message>
</context>
<context>
    <name>SiteCommandTexts</name>
    <message>
        <source>%1 has no sites, so there is no site called “%2”.</source>
        <translation>%1 har ingen arbejdssteder, så der er intet arbejdssted, der hedder »%2«.</translation>
    </message>
    <message>
        <source>%1 has no site called “%2”. Its sites: %3.</source>
        <translation>Der er intet arbejdssted, der hedder »%2«, i %1. Arbejdsstederne er: %3.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Site</source>
        <translation>Arbejdssted</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>A customer's premises</source>
        <translation>Hos en kunde</translation>
    </message>
    <message>
        <source>Our own premises</source>
        <translation>Vores egne lokaler</translation>
    </message>
    <message>
        <source>Whose premises:</source>
        <translation>Hvis lokaler:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>The customer's contact person, and how to reach them</source>
        <translation>Kundens kontaktperson, og hvordan man får fat i vedkommende</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontaktperson:</translation>
    </message>
    <message>
        <source>Agreed with the customer about the work environment</source>
        <translation>Aftalt med kunden om arbejdsmiljøet</translation>
    </message>
    <message>
        <source>When your employees work at a customer's premises, you and the customer must cooperate on their safety and health there (BEK 1838/2023 §§ 8–9 on several employers at one workplace). Write down what you agreed; an empty line is not agreed yet.</source>
        <translation>Når jeres ansatte arbejder hos en kunde, skal I og kunden samarbejde om deres sikkerhed og sundhed dér (BEK 1838/2023 §§ 8–9 om flere arbejdsgivere på samme arbejdssted). Skriv ned, hvad I har aftalt; en tom linje er ikke aftalt endnu.</translation>
    </message>
    <message>
        <source>Who coordinates:</source>
        <translation>Hvem koordinerer:</translation>
    </message>
    <message>
        <source>Known risks at the site:</source>
        <translation>Kendte risici på stedet:</translation>
    </message>
    <message>
        <source>e.g. after threats, violence or an accident</source>
        <translation>f.eks. efter trusler, vold eller en ulykke</translation>
    </message>
    <message>
        <source>Whom to call after an episode:</source>
        <translation>Hvem ringer man til efter en episode:</translation>
    </message>
    <message>
        <source>Break room:</source>
        <translation>Pauserum:</translation>
    </message>
    <message>
        <source>Toilet:</source>
        <translation>Toilet:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Noter:</translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>Sites</source>
        <translation>Arbejdssteder</translation>
    </message>
    <message>
        <source>The places where your employees work: your own premises and the customers' premises where your groups work. For each customer's premises, write down what you agreed with the customer about the work environment.</source>
        <translation>De steder, hvor jeres ansatte arbejder: jeres egne lokaler og de kunder, hvor jeres grupper arbejder. Skriv for hver kunde ned, hvad I har aftalt med kunden om arbejdsmiljøet.</translation>
    </message>
    <message>
        <source>Add a site…</source>
        <translation>Tilføj arbejdssted…</translation>
    </message>
    <message>
        <source>our own premises</source>
        <translation>vores egne lokaler</translation>
    </message>
    <message>
        <source>customer not given</source>
        <translation>kunde ikke angivet</translation>
    </message>
    <message>
        <source>%1; agreement complete</source>
        <translation>%1; aftalen er udfyldt</translation>
    </message>
    <message>
        <source>%1; 1 point of the agreement is empty</source>
        <translation>%1; 1 punkt i aftalen er tomt</translation>
    </message>
    <message>
        <source>%1; %2 points of the agreement are empty</source>
        <translation>%1; %2 punkter i aftalen er tomme</translation>
    </message>
    <message>
        <source>Delete site</source>
        <translation>Slet arbejdssted</translation>
    </message>
    <message>
        <source>Delete the site %1?</source>
        <translation>Slet arbejdsstedet %1?</translation>
    </message>
    <message>
        <source>Groups, problems or actions belong to %1, so it cannot be deleted. Move them to another site or to the whole workplace first.</source>
        <translation>Grupper, problemer eller tiltag hører til %1, så det kan ikke slettes. Flyt dem først til et andet arbejdssted eller til hele arbejdspladsen.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>The workplace assessment (APV) of the psychosocial work environment, with social support at its centre. Map how support works, assess the results, agree on an action plan and follow it up — all on this PC, without internet.</source>
        <translation>Arbejdspladsvurderingen (APV) af det psykiske arbejdsmiljø med social støtte i centrum. Kortlæg hvordan støtten fungerer, vurdér resultaterne, aftal en handlingsplan og følg op på den – alt sammen på denne pc, uden internet.</translation>
    </message>
    <message>
        <source>New workplace…</source>
        <translation>Ny arbejdsplads…</translation>
    </message>
    <message>
        <source>Start an APV for your own workplace</source>
        <translation>Start en APV for jeres egen arbejdsplads</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Åbn en fil…</translation>
    </message>
    <message>
        <source>Continue with an .apvdesk file</source>
        <translation>Fortsæt med en .apvdesk-fil</translation>
    </message>
    <message>
        <source>Try with example data</source>
        <translation>Prøv med eksempeldata</translation>
    </message>
    <message>
        <source>A fictional laundry with answers and a plan</source>
        <translation>Et opdigtet vaskeri med svar og en plan</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Seneste filer</translation>
    </message>
    <message>
        <source>No recent files yet. Files you create or open are listed here.</source>
        <translation>Ingen seneste filer endnu. Filer, du opretter eller åbner, vises her.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>ikke fundet</translation>
    </message>
    <message>
        <source>apvdesk cannot reach this file now: it may have been moved or deleted, or the network drive it is on is not connected.</source>
        <translation>apvdesk kan ikke nå filen lige nu: den kan være flyttet eller slettet, eller netværksdrevet, den ligger på, er ikke tilsluttet.</translation>
    </message>
</context>
<context>
    <name>SyncNoticeTexts</name>
    <message>
        <source>a cloud service</source>
        <translation>en skytjeneste</translation>
    </message>
    <message>
        <source>This file is in a folder that %1 keeps in step with the internet. apvdesk saves every change at once, and %1 may copy the file while it is being saved, or make conflict copies if two PCs change it. Keep the workplace file in a folder on this PC that is not synced, for example %2, and use it on one PC at a time. Exported PDFs and copies of backups may well go in %1.</source>
        <translation>Filen ligger i en mappe, som %1 holder synkroniseret med internettet. apvdesk gemmer hver ændring med det samme, og %1 kan kopiere filen, mens den bliver gemt, eller lave konfliktkopier, hvis to pc'er ændrer den. Hav arbejdspladsfilen i en mappe på denne pc, som ikke synkroniseres, f.eks. %2, og brug den på én pc ad gangen. Eksporterede PDF'er og kopier af sikkerhedskopier kan sagtens ligge i %1.</translation>
    </message>
    <message>
        <source>%1 is in a folder that %2 keeps in step: apvdesk saves often, and %2 may copy the file while it is being saved or make conflict copies. Keep it in a folder on this PC that is not synced, for example %3, and use it on one PC at a time.</source>
        <translation>%1 ligger i en mappe, som %2 holder synkroniseret: apvdesk gemmer ofte, og %2 kan kopiere filen, mens den bliver gemt, eller lave konfliktkopier. Hav den i en mappe på denne pc, som ikke synkroniseres, f.eks. %3, og brug den på én pc ad gangen.</translation>
    </message>
    <message>
        <source>A folder that is kept in step</source>
        <translation>En mappe, der synkroniseres</translation>
    </message>
    <message>
        <source>%2 keeps this folder in step with the internet:
%1

apvdesk saves every change at once, and %2 may copy the file while it is being saved, or make conflict copies if two PCs change it.

Keep the workplace file in a folder on this PC that is not synced, for example %3, and use it on one PC at a time.</source>
        <translation>%2 holder denne mappe synkroniseret med internettet:
%1

apvdesk gemmer hver ændring med det samme, og %2 kan kopiere filen, mens den bliver gemt, eller lave konfliktkopier, hvis to pc'er ændrer den.

Hav arbejdspladsfilen i en mappe på denne pc, som ikke synkroniseres, f.eks. %3, og brug den på én pc ad gangen.</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Vælg en anden mappe…</translation>
    </message>
    <message>
        <source>Save here anyway</source>
        <translation>Gem her alligevel</translation>
    </message>
</context>
<context>
    <name>SyncedFolderBar</name>
    <message>
        <source>Move to a folder on this PC…</source>
        <translation>Flyt til en mappe på denne pc…</translation>
    </message>
    <message>
        <source>Close the file, copy it to a folder you choose, check the copy, then remove the old one.</source>
        <translation>Lukker filen, kopierer den til en mappe, du vælger, tjekker kopien og fjerner derefter den gamle.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Forstået</translation>
    </message>
    <message>
        <source>Hide this note until apvdesk is started again.</source>
        <translation>Skjul denne besked, indtil apvdesk startes igen.</translation>
    </message>
</context>
<context>
    <name>TemplateTexts</name>
    <message>
        <source>How to fill in the sheet Answers</source>
        <translation>Sådan udfylder du arket Answers</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Groups (column group)</source>
        <translation>Grupper (kolonnen group)</translation>
    </message>
    <message>
        <source>Languages (column language)</source>
        <translation>Sprog (kolonnen language)</translation>
    </message>
    <message>
        <source>Write one row on the sheet Answers for each filled-in questionnaire. Never write names.</source>
        <translation>Skriv én række på arket Answers for hvert udfyldt spørgeskema. Skriv aldrig navne.</translation>
    </message>
    <message>
        <source>group: the respondent's group, written exactly as in the list of groups below.</source>
        <translation>group: den svarendes gruppe, skrevet præcis som i listen over grupper nedenfor.</translation>
    </message>
    <message>
        <source>language: the language of the questionnaire, as a code or name below. Blank means Danish.</source>
        <translation>language: spørgeskemaets sprog, som kode eller navn fra listen nedenfor. Tom betyder dansk.</translation>
    </message>
    <message>
        <source>One column per question: the number of the answer as printed (1 = the first answer), 0 = don't know or does not apply to me, blank = not answered. The answer's text is accepted too.</source>
        <translation>Én kolonne pr. spørgsmål: svarets nummer som på skemaet (1 = det første svar), 0 = ved ikke eller gælder ikke for mig, tom = ikke besvaret. Svarets tekst kan også bruges.</translation>
    </message>
    <message>
        <source>apvdesk checks every row before it imports any. If one row is wrong, nothing is imported and the row's number is named.</source>
        <translation>apvdesk tjekker alle rækker, før nogen importeres. Er én række forkert, importeres intet, og rækkens nummer bliver nævnt.</translation>
    </message>
</context>
<context>
    <name>ThemeForms</name>
    <message>
        <source>Full (%1 questions)</source>
        <translation>Fuldt (%1 spørgsmål)</translation>
    </message>
    <message>
        <source>Short (%1 questions)</source>
        <translation>Kort (%1 spørgsmål)</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Spørges ikke</translation>
    </message>
    <message>
        <source>always asked</source>
        <translation>spørges altid</translation>
    </message>
    <message>
        <source>%1 questions, about %2 minutes for someone who reads slowly.</source>
        <translation>%1 spørgsmål, ca. %2 minutter for en, der læser langsomt.</translation>
    </message>
</context>
<context>
    <name>TransferTexts</name>
    <message>
        <source>Collect on another PC</source>
        <translation>Indsaml på en anden pc</translation>
    </message>
    <message>
        <source>Fetch answers from another PC</source>
        <translation>Hent svar fra en anden pc</translation>
    </message>
    <message>
        <source>Collection files (*.apvcollect)</source>
        <translation>Indsamlingsfiler (*.apvcollect)</translation>
    </message>
    <message>
        <source>The collection file was saved as %1.

Open it with apvdesk on the other PC. When the answers are in, bring it back and choose Fetch answers from another PC…</source>
        <translation>Indsamlingsfilen er gemt som %1.

Åbn den med apvdesk på den anden pc. Når svarene er kommet ind, så tag den med tilbage, og vælg Hent svar fra en anden pc…</translation>
    </message>
    <message>
        <source>The collection file could not be saved</source>
        <translation>Indsamlingsfilen kunne ikke gemmes</translation>
    </message>
    <message>
        <source>Adding the answers…</source>
        <translation>Lægger svarene ind…</translation>
    </message>
    <message>
        <source>No answers were added</source>
        <translation>Ingen svar blev lagt ind</translation>
    </message>
    <message>
        <source>Delete the answers from the collection file?</source>
        <translation>Slet svarene fra indsamlingsfilen?</translation>
    </message>
    <message>
        <source>The answers are now in the workplace file. Delete them from %1, so that they are not left on the USB stick or the other PC? They are overwritten, not only removed from a list. The file can then collect new answers for the same round.</source>
        <translation>Svarene ligger nu i arbejdspladsfilen. Vil du slette dem fra %1, så de ikke bliver liggende på USB-stikket eller den anden pc? De bliver overskrevet, ikke kun fjernet fra en liste. Filen kan derefter indsamle nye svar til samme runde.</translation>
    </message>
    <message>
        <source>The answers were deleted from %1.</source>
        <translation>Svarene er slettet fra %1.</translation>
    </message>
    <message>
        <source>Nothing was deleted: new answers were collected in %1 after they were fetched. Fetch the answers from it again; you are then asked again.</source>
        <translation>Intet blev slettet: der er indsamlet nye svar i %1, efter at svarene blev hentet. Hent svarene fra den igen; så bliver du spurgt igen.</translation>
    </message>
    <message>
        <source>The answers could not be deleted from the collection file</source>
        <translation>Svarene kunne ikke slettes fra indsamlingsfilen</translation>
    </message>
</context>
<context>
    <name>UnfinishedAnswersBox</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Forlad kiosktilstand</translation>
    </message>
    <message>
        <source>Someone has answered %1 of %2 questions but has not sent the answers.</source>
        <translation>Nogen har besvaret %1 af %2 spørgsmål, men har ikke sendt svarene.</translation>
    </message>
    <message>
        <source>If you leave kiosk mode now, these answers are thrown away and not saved.</source>
        <translation>Hvis du forlader kiosktilstand nu, bliver svarene smidt væk og ikke gemt.</translation>
    </message>
    <message>
        <source>Go back to the questionnaire</source>
        <translation>Gå tilbage til spørgeskemaet</translation>
    </message>
    <message>
        <source>Throw the answers away and leave</source>
        <translation>Smid svarene væk og forlad</translation>
    </message>
</context>
<context>
    <name>WorkChangeDialog</name>
    <message>
        <source>Change in the work</source>
        <translation>Ændring i arbejdet</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>e.g. a new ironer, a new customer, new premises, new shifts</source>
        <translation>f.eks. en ny strygerulle, en ny kunde, nye lokaler, nye vagter</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>Hvad blev ændret:</translation>
    </message>
    <message>
        <source>It can affect the work environment: it needs a partial APV</source>
        <translation>Det kan påvirke arbejdsmiljøet: der skal laves en delvis APV</translation>
    </message>
    <message>
        <source>The partial APV was made on:</source>
        <translation>Den delvise APV blev lavet:</translation>
    </message>
</context>
<context>
    <name>WorkChangesDialog</name>
    <message>
        <source>Changes in the work</source>
        <translation>Ændringer i arbejdet</translation>
    </message>
    <message>
        <source>The APV is made again when the work, its methods or the premises change in a way that can affect the work environment (BEK 1838/2023). Log each change here; one that needs a partial APV brings the next APV's date forward until it is made.</source>
        <translation>APV'en laves igen, når arbejdet, arbejdsmetoderne eller lokalerne ændres på en måde, der kan påvirke arbejdsmiljøet (BEK 1838/2023). Skriv hver ændring ind her; en ændring, der kræver en delvis APV, rykker datoen for næste APV frem, indtil den er lavet.</translation>
    </message>
    <message>
        <source>Add a change…</source>
        <translation>Tilføj en ændring…</translation>
    </message>
    <message>
        <source>no partial APV needed</source>
        <translation>ingen delvis APV nødvendig</translation>
    </message>
    <message>
        <source>partial APV due</source>
        <translation>delvis APV mangler</translation>
    </message>
    <message>
        <source>partial APV made on %1</source>
        <translation>delvis APV lavet %1</translation>
    </message>
    <message>
        <source>Delete change</source>
        <translation>Slet ændring</translation>
    </message>
    <message>
        <source>Delete this change from the log?

%1</source>
        <translation>Slet denne ændring fra listen?

%1</translation>
    </message>
</context>
<context>
    <name>_GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Teams, departments or shifts whose results are shown together. Results for fewer than 5 people are never shown, so small teams may be joined.</source>
        <translation>Teams, afdelinger eller skift, hvis resultater vises samlet. Resultater for færre end 5 personer vises aldrig, så små teams kan med fordel slås sammen.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Tilføj gruppe</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Fjern gruppe</translation>
    </message>
    <message>
        <source>Add at least one group with a name.</source>
        <translation>Tilføj mindst én gruppe med et navn.</translation>
    </message>
    <message>
        <source>Fewer than %1 employees: %2. Results are not shown for a group this small. Merge it with another group, or talk its work environment through at a dialogue meeting instead.</source>
        <translation>Færre end %1 ansatte: %2. Der vises ikke resultater for så lille en gruppe. Slå den sammen med en anden gruppe, eller tal arbejdsmiljøet igennem på et dialogmøde i stedet.</translation>
    </message>
</context>
<context>
    <name>_NamePage</name>
    <message>
        <source>Your workplace</source>
        <translation>Jeres arbejdsplads</translation>
    </message>
    <message>
        <source>The name is shown on every page and printout. You can add the rest later.</source>
        <translation>Navnet vises på alle sider og udskrifter. Resten kan du tilføje senere.</translation>
    </message>
    <message>
        <source>e.g. Vaskeri Nord ApS</source>
        <translation>f.eks. Vaskeri Nord ApS</translation>
    </message>
    <message>
        <source>e.g. laundry, dry cleaning, cleaning</source>
        <translation>f.eks. vaskeri, renseri, rengøring</translation>
    </message>
    <message>
        <source>Name of the workplace:</source>
        <translation>Arbejdspladsens navn:</translation>
    </message>
    <message>
        <source>CVR number (optional):</source>
        <translation>CVR-nummer (valgfrit):</translation>
    </message>
    <message>
        <source>Trade (optional):</source>
        <translation>Branche (valgfrit):</translation>
    </message>
</context>
</TS>