<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Domain</name>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="11"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="12"/>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="13"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="14"/>
        <source>attendance and dates of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="15"/>
        <source>diagnoses and presenting problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="16"/>
        <source>medications and allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="17"/>
        <source>treatment plan and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="18"/>
        <source>discharge and aftercare plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="19"/>
        <source>session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="20"/>
        <source>risk and safety assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="21"/>
        <source>measures and scores (PHQ-9, GAD-7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="22"/>
        <source>Active: shared and engaged with peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="23"/>
        <source>Participated when prompted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="24"/>
        <source>Attentive, little verbal participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="25"/>
        <source>Minimal: withdrawn or distracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="26"/>
        <source>Disruptive: redirected by the facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="27"/>
        <source>at admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="28"/>
        <source>repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="29"/>
        <source>before discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="30"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="31"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="32"/>
        <source>Left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="33"/>
        <source>Absent – excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="34"/>
        <source>Absent – unexcused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="35"/>
        <source>Cancelled by program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="36"/>
        <source>Completed program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="37"/>
        <source>Stepped down to a lower level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="38"/>
        <source>Stepped up / transferred to a higher level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="39"/>
        <source>Left against clinical advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="40"/>
        <source>Administrative discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="41"/>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="42"/>
        <source>Incarcerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="43"/>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="44"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="45"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="46"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="47"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="48"/>
        <source>Partially met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="49"/>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="50"/>
        <source>Discontinued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="51"/>
        <source>Outpatient (OP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="52"/>
        <source>Intensive outpatient (IOP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="53"/>
        <source>Partial hospitalization (PHP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="54"/>
        <source>Residential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="55"/>
        <source>Inpatient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="56"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="57"/>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="58"/>
        <source>Present, no plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="59"/>
        <source>Present, with plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="60"/>
        <source>Group therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="61"/>
        <source>Individual counseling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="62"/>
        <source>Psychoeducation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="63"/>
        <source>Family session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="64"/>
        <source>Safety follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="65"/>
        <source>Short on hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="66"/>
        <source>Absences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="67"/>
        <source>Ending soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="68"/>
        <source>Past planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="69"/>
        <source>Draft to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="70"/>
        <source>Summary due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="71"/>
        <source>Measure overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="72"/>
        <source>Measure due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="73"/>
        <source>Units run out early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="74"/>
        <source>Units nearly used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="75"/>
        <source>Authorization ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="76"/>
        <source>Payer review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="77"/>
        <source>Treatment plan due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="78"/>
        <source>Plan review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="79"/>
        <source>Plan review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="80"/>
        <source>Core module missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="81"/>
        <source>Age group differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="82"/>
        <source>On leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="83"/>
        <source>PHQ-9 question 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="84"/>
        <source>C-SSRS screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="85"/>
        <source>Risk screen in a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="86"/>
        <source>C-SSRS screen needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="87"/>
        <source>Safety plan needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="88"/>
        <source>Followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="89"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="90"/>
        <source>depression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="91"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="92"/>
        <source>Little interest or pleasure in doing things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="93"/>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="94"/>
        <source>Several days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="95"/>
        <source>More than half the days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="96"/>
        <source>Nearly every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="97"/>
        <source>Feeling down, depressed, or hopeless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="98"/>
        <source>Trouble falling or staying asleep, or sleeping too much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="99"/>
        <source>Feeling tired or having little energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="100"/>
        <source>Poor appetite or overeating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="101"/>
        <source>Feeling bad about yourself, or that you are a failure or have let yourself or your family down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="102"/>
        <source>Trouble concentrating on things, such as reading the newspaper or watching television</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="103"/>
        <source>Moving or speaking so slowly that other people could have noticed, or being so fidgety or restless that you have been moving around a lot more than usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="104"/>
        <source>Thoughts that you would be better off dead, or of hurting yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="105"/>
        <source>How difficult have these problems made it to do your work, take care of things at home, or get along with other people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="106"/>
        <source>Not difficult at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="107"/>
        <source>Somewhat difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="108"/>
        <source>Very difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="109"/>
        <source>Extremely difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="110"/>
        <source>minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="111"/>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="112"/>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="113"/>
        <source>moderately severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="114"/>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="115"/>
        <source>anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="116"/>
        <source>Feeling nervous, anxious, or on edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="117"/>
        <source>Not being able to stop or control worrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="118"/>
        <source>Worrying too much about different things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="119"/>
        <source>Trouble relaxing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="120"/>
        <source>Being so restless that it is hard to sit still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="121"/>
        <source>Becoming easily annoyed or irritable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="122"/>
        <source>Feeling afraid, as if something awful might happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="123"/>
        <source>suicide risk (screen version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="124"/>
        <source>risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="125"/>
        <source>Have you wished you were dead or wished you could go to sleep and not wake up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="126"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="127"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="128"/>
        <source>Have you actually had any thoughts of killing yourself?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="129"/>
        <source>Have you been thinking about how you might do this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="130"/>
        <source>Have you had these thoughts and had some intention of acting on them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="131"/>
        <source>Have you started to work out or worked out the details of how to kill yourself? Do you intend to carry out this plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="132"/>
        <source>Have you ever done anything, started to do anything, or prepared to do anything to end your life? If yes: was this within the past 3 months?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="133"/>
        <source>Yes, more than 3 months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="134"/>
        <source>Yes, within the past 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="135"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="136"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/counselor_desk/ui/domain_catalog.py" line="137"/>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../work/main/counselor_desk/ui/i18n.py" line="37"/>
        <source>System language</source>
        <extracomment>The setting&apos;s key and its choices, in menu order; &quot;system&quot; follows the system&apos;s locale.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
