<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name></name>
    <message>
        <source>Issued at</source>
        <translation>Час оприлюднення</translation>
    </message>
    <message>
        <source>When the statement was published, in its time zone</source>
        <translation>Коли оприлюднено повідомлення, у його часовому поясі</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <source>What overnight means</source>
        <translation>Що означає «вночі»</translation>
    </message>
    <message>
        <source>Overnight: from the first time the evening before to the second</source>
        <translation>Ніч: з першого часу напередодні ввечері до другого</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Розібрати знову</translation>
    </message>
    <message>
        <source>Read the statement again with these settings</source>
        <translation>Розібрати повідомлення знову з цими налаштуваннями</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Джерело:</translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation>&amp;Оприлюднено:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Часовий пояс:</translation>
    </message>
    <message>
        <source>&amp;Overnight:</source>
        <translation>&amp;Ніч:</translation>
    </message>
    <message>
        <source>Reading the statement…</source>
        <translation>Розбір повідомлення…</translation>
    </message>
    <message>
        <source>Save all</source>
        <translation>Зберегти всі</translation>
    </message>
    <message>
        <source>Save every ticked draft together (Ctrl+S or Ctrl+Enter)</source>
        <translation>Зберегти всі позначені чернетки разом (Ctrl+S або Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Nothing to read: the statement is empty.</source>
        <translation>Нічого розбирати: повідомлення порожнє.</translation>
    </message>
    <message>
        <source>The statement is too long to read (at most 100,000 characters).</source>
        <translation>Повідомлення задовге (не більше 100 000 символів).</translation>
    </message>
    <message>
        <source>Saved from the statement: {0} and {1}.</source>
        <translation>З повідомлення збережено: {0} і {1}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln count report(s)</source>
        <translation>
            <numerusform>%Ln зведення</numerusform>
            <numerusform>%Ln зведення</numerusform>
            <numerusform>%Ln зведень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln інцидент</numerusform>
            <numerusform>%Ln інциденти</numerusform>
            <numerusform>%Ln інцидентів</numerusform>
        </translation>
    </message>
    <message>
        <source>New from s&amp;tatement…</source>
        <translation>Нове з &amp;повідомлення…</translation>
    </message>
    <message>
        <source>Paste a statement and get the drafts it holds</source>
        <translation>Вставте повідомлення й отримайте чернетки з нього</translation>
    </message>
    <message>
        <source>New from &amp;clipboard</source>
        <translation>Нове з &amp;буфера обміну</translation>
    </message>
    <message>
        <source>Read the statement on the clipboard</source>
        <translation>Розібрати повідомлення з буфера обміну</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Що сталося, одним рядком</translation>
    </message>
    <message>
        <source>Choose a category or type a new one</source>
        <translation>Виберіть категорію або введіть нову</translation>
    </message>
    <message>
        <source>How far the report is verified. A fire put out is recorded in Damage › State (fire extinguished).</source>
        <translation>Наскільки перевірено повідомлення. Загашену пожежу позначають у розділі «Пошкодження › Стан» (пожежу загашено).</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <source>The weapon or cause: drone, missile, artillery, aircraft…</source>
        <translation>Зброя або причина: безпілотник, ракета, артилерія, авіація…</translation>
    </message>
    <message>
        <source>optional, e.g. 2026-09-12 06:00</source>
        <translation>необов’язково, наприклад 2026-09-12 06:00</translation>
    </message>
    <message>
        <source>e.g. near the pond on the edge of the city</source>
        <translation>наприклад біля ставка на околиці міста</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>широта</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>довгота</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>What the sources say, in your words or theirs</source>
        <translation>Що повідомляють джерела, своїми словами або їхніми</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Реагування</translation>
    </message>
    <message>
        <source>Services deployed, aid promised…</source>
        <translation>Виїзд служб, обіцяна допомога…</translation>
    </message>
    <message>
        <source>comma-separated, e.g. night, drones</source>
        <translation>через кому, наприклад ніч, дрони</translation>
    </message>
    <message>
        <source>e.g. an ACLED event id</source>
        <translation>наприклад ідентифікатор події ACLED</translation>
    </message>
    <message>
        <source>e.g. Explosions/Remote violence</source>
        <translation>наприклад Explosions/Remote violence</translation>
    </message>
    <message>
        <source>Means (&amp;Q)</source>
        <translation>Засіб (&amp;Q)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Засіб</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>Поранені</translation>
    </message>
    <message>
        <source>Injuries; — means not stated</source>
        <translation>Поранені; — означає «не вказано»</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Загинули</translation>
    </message>
    <message>
        <source>Fatalities; — means not stated</source>
        <translation>Загиблі; — означає «не вказано»</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Best source grade: reliability A–F and credibility 1–6</source>
        <translation>Найкраща оцінка джерела: надійність A–F і достовірність 1–6</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Час початку</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Час закінчення</translation>
    </message>
    <message>
        <source>Time precision</source>
        <translation>Точність часу</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Місцевість</translation>
    </message>
    <message>
        <source>How near (location precision)</source>
        <translation>Точність місця</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Довгота</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Поранені</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Загиблі</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Зовнішній ідентифікатор</translation>
    </message>
    <message>
        <source>External type</source>
        <translation>Тип у зовнішній системі</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Категорія</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Початок</translation>
    </message>
    <message>
        <source>En&amp;d</source>
        <translation>&amp;Кінець</translation>
    </message>
    <message>
        <source>Prec&amp;ision</source>
        <translation>&amp;Точність</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Місце</translation>
    </message>
    <message>
        <source>&amp;Locality</source>
        <translation>&amp;Місцевість</translation>
    </message>
    <message>
        <source>Ho&amp;w near</source>
        <translation>&amp;Точність</translation>
    </message>
    <message>
        <source>C&amp;oordinates</source>
        <translation>&amp;Координати</translation>
    </message>
    <message>
        <source>Casualties and response</source>
        <translation>Втрати і реагування</translation>
    </message>
    <message>
        <source>In&amp;jured</source>
        <translation>&amp;Поранені</translation>
    </message>
    <message>
        <source>&amp;Killed</source>
        <translation>&amp;Загиблі</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Опис</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>&amp;Реагування</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Пошкодження</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ще</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>&amp;Мітки</translation>
    </message>
    <message>
        <source>E&amp;xternal id</source>
        <translation>&amp;Зовнішній ідентифікатор</translation>
    </message>
    <message>
        <source>External t&amp;ype</source>
        <translation>&amp;Тип у зовнішній системі</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation>&amp;Новий інцидент</translation>
    </message>
    <message>
        <source>Record a new incident</source>
        <translation>Записати новий інцидент</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Save the incident in the editor</source>
        <translation>Зберегти інцидент з редактора</translation>
    </message>
    <message>
        <source>Save and ne&amp;w</source>
        <translation>Зберегти і &amp;новий</translation>
    </message>
    <message>
        <source>Save the incident, then start a new one</source>
        <translation>Зберегти інцидент і почати новий</translation>
    </message>
    <message>
        <source>D&amp;uplicate as new</source>
        <translation>&amp;Дублювати як новий</translation>
    </message>
    <message>
        <source>Start a new incident from this one</source>
        <translation>Почати новий інцидент на основі цього</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Move the selected incidents to the Trash</source>
        <translation>Перемістити вибрані інциденти до кошика</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>&amp;Відновити з кошика</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Пошук інцидентів</translation>
    </message>
    <message>
        <source>Show &amp;filters</source>
        <translation>Показати &amp;фільтри</translation>
    </message>
    <message>
        <source>Ne&amp;xt incident</source>
        <translation>&amp;Наступний інцидент</translation>
    </message>
    <message>
        <source>Pre&amp;vious incident</source>
        <translation>&amp;Попередній інцидент</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Історія</translation>
    </message>
    <message>
        <source>Who changed this incident, and when</source>
        <translation>Хто і коли змінював цей інцидент</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>Focus the &amp;editor</source>
        <translation>Перейти до &amp;редактора</translation>
    </message>
    <message>
        <source>Focus the &amp;table</source>
        <translation>Перейти до &amp;таблиці</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Комбінації клавіш</translation>
    </message>
    <message>
        <source>&amp;Search language</source>
        <translation>&amp;Мова пошуку</translation>
    </message>
    <message>
        <source>What you can type in the search box</source>
        <translation>Що можна вводити в полі пошуку</translation>
    </message>
    <message>
        <source>&amp;About Incident Logger</source>
        <translation>&amp;Про програму Incident Logger</translation>
    </message>
    <message>
        <source>Reset &amp;columns</source>
        <translation>Скинути &amp;стовпці</translation>
    </message>
    <message>
        <source>Check &amp;database…</source>
        <translation>Перевірити &amp;базу даних…</translation>
    </message>
    <message>
        <source>Read the whole database file and check it (SQLite&apos;s integrity check)</source>
        <translation>Прочитати весь файл бази даних і перевірити його (перевірка цілісності SQLite)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Імпорт…</translation>
    </message>
    <message>
        <source>Import incidents (ACLED CSV and more)</source>
        <translation>Імпорт інцидентів (ACLED CSV тощо)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <source>Export the incidents of the current search</source>
        <translation>Експортувати інциденти поточного пошуку</translation>
    </message>
    <message>
        <source>New &amp;briefing…</source>
        <translation>Нова &amp;довідка…</translation>
    </message>
    <message>
        <source>A PDF briefing of the current search</source>
        <translation>PDF-довідка за поточним пошуком</translation>
    </message>
    <message>
        <source>C&amp;onnect to team database…</source>
        <translation>П&amp;ідключитися до спільної бази…</translation>
    </message>
    <message>
        <source>Open a shared PostgreSQL database from a saved profile</source>
        <translation>Відкрити спільну базу PostgreSQL за збереженим профілем</translation>
    </message>
    <message>
        <source>Search &amp;synonyms…</source>
        <translation>Си&amp;ноніми пошуку…</translation>
    </message>
    <message>
        <source>Words a search treats as one (БПЛА, беспилотник, drone…)</source>
        <translation>Слова, які пошук вважає одним (БПЛА, безпілотник, drone…)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Оформлення</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Як у &amp;системі</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Світле</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Темне</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ерехід</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message numerus="yes">
        <source>The database is sound: %Ln incident(s), schema version {v}.</source>
        <translation>
            <numerusform>База даних у порядку: %Ln інцидент, версія схеми {v}.</numerusform>
            <numerusform>База даних у порядку: %Ln інциденти, версія схеми {v}.</numerusform>
            <numerusform>База даних у порядку: %Ln інцидентів, версія схеми {v}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Damaged: SQLite&apos;s check found %Ln problem(s) (Show Details lists them). Restore a backup (the Backups page) or salvage what can still be read (incident-logger salvage OUT.sqlite3).</source>
        <translation>
            <numerusform>Пошкоджено: перевірка SQLite знайшла %Ln проблему (список — у «Подробицях»). Відновіть копію (сторінка «Резервні копії») або врятуйте те, що ще читається (incident-logger salvage OUT.sqlite3).</numerusform>
            <numerusform>Пошкоджено: перевірка SQLite знайшла %Ln проблеми (список — у «Подробицях»). Відновіть копію (сторінка «Резервні копії») або врятуйте те, що ще читається (incident-logger salvage OUT.sqlite3).</numerusform>
            <numerusform>Пошкоджено: перевірка SQLite знайшла %Ln проблем (список — у «Подробицях»). Відновіть копію (сторінка «Резервні копії») або врятуйте те, що ще читається (incident-logger salvage OUT.sqlite3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident toolbar</source>
        <translation>Панель інцидентів</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основна панель</translation>
    </message>
    <message numerus="yes">
        <source>%Ln country(ies)</source>
        <translation>
            <numerusform>%Ln країна</numerusform>
            <numerusform>%Ln країни</numerusform>
            <numerusform>%Ln країн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln region(s)</source>
        <translation>
            <numerusform>%Ln регіон</numerusform>
            <numerusform>%Ln регіони</numerusform>
            <numerusform>%Ln регіонів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln district(s)</source>
        <translation>
            <numerusform>%Ln район</numerusform>
            <numerusform>%Ln райони</numerusform>
            <numerusform>%Ln районів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln town(s) or city(ies)</source>
        <translation>
            <numerusform>%Ln населений пункт</numerusform>
            <numerusform>%Ln населені пункти</numerusform>
            <numerusform>%Ln населених пунктів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln locality(ies)</source>
        <translation>
            <numerusform>%Ln місцевість</numerusform>
            <numerusform>%Ln місцевості</numerusform>
            <numerusform>%Ln місцевостей</numerusform>
        </translation>
    </message>
    <message>
        <source>The gazetteer is empty. Places are added as you record them, or add a country with all its regions on the Places page.</source>
        <translation>Довідник місць порожній. Місця додаються під час запису, або додайте країну з усіма регіонами на сторінці «Місця».</translation>
    </message>
    <message numerus="yes">
        <source>The gazetteer knows %Ln place(s): {kinds}.</source>
        <translation>
            <numerusform>У довіднику %Ln місце: {kinds}.</numerusform>
            <numerusform>У довіднику %Ln місця: {kinds}.</numerusform>
            <numerusform>У довіднику %Ln місць: {kinds}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the demo database…</source>
        <translation>Підготовка демонстраційної бази…</translation>
    </message>
    <message>
        <source>The demo database opens in a new window.</source>
        <translation>Демонстраційна база відкриється в новому вікні.</translation>
    </message>
    <message>
        <source>The demo window could not be started.</source>
        <translation>Не вдалося відкрити демонстраційне вікно.</translation>
    </message>
    <message>
        <source>The demo database could not be made: {e}</source>
        <translation>Не вдалося створити демонстраційну базу: {e}</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Усюди</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <source>Search language</source>
        <translation>Мова пошуку</translation>
    </message>
    <message>
        <source>a new incident</source>
        <translation>новий інцидент</translation>
    </message>
    <message>
        <source>Restored the unsaved form. Save it with Ctrl+S.</source>
        <translation>Незбережену форму відновлено. Збережіть її, натиснувши Ctrl+S.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>Choose where to save the briefing.</source>
        <translation>Виберіть, куди зберегти довідку.</translation>
    </message>
    <message>
        <source>{path} is a folder. Add a file name, such as {example}.</source>
        <translation>{path} — це тека. Додайте ім’я файлу, наприклад {example}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another folder with Choose…</source>
        <translation>Теки {folder} не існує. Виберіть іншу кнопкою «Вибрати…»</translation>
    </message>
    <message>
        <source>You cannot save files in {folder}. Choose another folder, such as your Documents.</source>
        <translation>У {folder} не можна зберігати файли. Виберіть іншу теку, наприклад «Документи».</translation>
    </message>
    <message>
        <source>Your settings are kept: press Create briefing again.</source>
        <translation>Налаштування збережено: знову натисніть «Створити довідку».</translation>
    </message>
    <message>
        <source>The briefing could not be saved in {folder}: no permission to write there.</source>
        <translation>Не вдалося зберегти довідку в {folder}: немає прав на запис.</translation>
    </message>
    <message>
        <source>Choose another folder (your Documents, for example). </source>
        <translation>Виберіть іншу теку (наприклад, «Документи»). </translation>
    </message>
    <message>
        <source>The disk is full: there is no room for the briefing in {folder}.</source>
        <translation>Диск заповнений: у {folder} немає місця для довідки.</translation>
    </message>
    <message>
        <source>Free some space or choose a folder on another drive. Nothing was written. </source>
        <translation>Звільніть місце або виберіть теку на іншому диску. Нічого не записано. </translation>
    </message>
    <message>
        <source>The folder {folder} no longer exists.</source>
        <translation>Теки {folder} більше немає.</translation>
    </message>
    <message>
        <source>Choose another folder. </source>
        <translation>Виберіть іншу теку. </translation>
    </message>
    <message>
        <source>The briefing could not be saved: {reason}.</source>
        <translation>Не вдалося зберегти довідку: {reason}.</translation>
    </message>
    <message>
        <source>Check the folder and the disk, or choose another folder. </source>
        <translation>Перевірте теку й диск або виберіть іншу теку. </translation>
    </message>
    <message>
        <source>The fonts briefings are printed with are missing from this installation.</source>
        <translation>У цій установці немає шрифтів, якими друкуються довідки.</translation>
    </message>
    <message>
        <source>Reinstall Incident Logger, then try again.</source>
        <translation>Перевстановіть Incident Logger і спробуйте знову.</translation>
    </message>
    <message>
        <source>The briefing could not be made ({what}).</source>
        <translation>Не вдалося підготувати довідку ({what}).</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, narrow the search and report the problem. </source>
        <translation>Спробуйте знову. Якщо помилка повторюється, звузьте пошук і повідомте про проблему. </translation>
    </message>
    <message>
        <source>{what} has changes that are not saved.</source>
        <translation>Є незбережені зміни: {what}.</translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>Зберегти їх, перш ніж продовжити?</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Відновити незбережену роботу?</translation>
    </message>
    <message>
        <source>Incident Logger closed before {what} was saved (last autosave {when}).

Restore the unsaved form?</source>
        <translation>Incident Logger закрився до збереження: {what} (останнє автозбереження {when}).

Відновити незбережену форму?</translation>
    </message>
    <message>
        <source>Create a new database?</source>
        <translation>Створити нову базу даних?</translation>
    </message>
    <message>
        <source>There is no database at
{path}

Create a new, empty one there? (If the name is mistyped, choose No and start again with the right one.)</source>
        <translation>За шляхом
{path}
немає бази даних.

Створити там нову, порожню? (Якщо ім’я набрано з помилкою, виберіть «Ні» і запустіть знову з правильним.)</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Перевірка бази даних</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>Пароль спільної бази даних</translation>
    </message>
    <message>
        <source>Password for {label}:
(kept in the system keyring when there is one, never in a file)</source>
        <translation>Пароль для {label}:
(зберігається в системному сховищі ключів, якщо воно є, і ніколи у файлі)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new place(s)</source>
        <translation>
            <numerusform>%Ln нове місце</numerusform>
            <numerusform>%Ln нові місця</numerusform>
            <numerusform>%Ln нових місць</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new source(s)</source>
        <translation>
            <numerusform>%Ln нове джерело</numerusform>
            <numerusform>%Ln нові джерела</numerusform>
            <numerusform>%Ln нових джерел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new category(ies)</source>
        <translation>
            <numerusform>%Ln нова категорія</numerusform>
            <numerusform>%Ln нові категорії</numerusform>
            <numerusform>%Ln нових категорій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: {name} could not be read (%Ln problem(s) listed).</source>
        <translation>
            <numerusform>Нічого не імпортовано: {name} не вдалося прочитати (у списку %Ln проблема).</numerusform>
            <numerusform>Нічого не імпортовано: {name} не вдалося прочитати (у списку %Ln проблеми).</numerusform>
            <numerusform>Нічого не імпортовано: {name} не вдалося прочитати (у списку %Ln проблем).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: {name} has %Ln problem(s). Fix them, or import the good rows only.</source>
        <translation>
            <numerusform>Нічого не імпортовано: у {name} %Ln проблема. Виправте її або імпортуйте лише правильні рядки.</numerusform>
            <numerusform>Нічого не імпортовано: у {name} %Ln проблеми. Виправте їх або імпортуйте лише правильні рядки.</numerusform>
            <numerusform>Нічого не імпортовано: у {name} %Ln проблем. Виправте їх або імпортуйте лише правильні рядки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: imported {imported} of %Ln incident(s)</source>
        <translation>
            <numerusform>{name}: імпортовано {imported} з %Ln інциденту</numerusform>
            <numerusform>{name}: імпортовано {imported} з %Ln інцидентів</numerusform>
            <numerusform>{name}: імпортовано {imported} з %Ln інцидентів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused (see the problems)</source>
        <translation>
            <numerusform>%Ln рядок відхилено (див. проблеми)</numerusform>
            <numerusform>%Ln рядки відхилено (див. проблеми)</numerusform>
            <numerusform>%Ln рядків відхилено (див. проблеми)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeating an earlier line, skipped</source>
        <translation>
            <numerusform>%Ln рядок повторює попередній, пропущено</numerusform>
            <numerusform>%Ln рядки повторюють попередні, пропущено</numerusform>
            <numerusform>%Ln рядків повторюють попередні, пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) already in the database, skipped</source>
        <translation>
            <numerusform>%Ln інцидент уже є в базі, пропущено</numerusform>
            <numerusform>%Ln інциденти вже є в базі, пропущено</numerusform>
            <numerusform>%Ln інцидентів уже є в базі, пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln count report(s) already in the database, skipped</source>
        <translation>
            <numerusform>%Ln зведення вже є в базі, пропущено</numerusform>
            <numerusform>%Ln зведення вже є в базі, пропущено</numerusform>
            <numerusform>%Ln зведень уже є в базі, пропущено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Incident Logger</source>
        <translation>Про програму Incident Logger</translation>
    </message>
    <message>
        <source>Incident Logger {version}</source>
        <translation>Incident Logger {version}</translation>
    </message>
    <message>
        <source>Record, search and brief incidents from official statements and news, on your own workstation. Nothing leaves this computer.</source>
        <translation>Записуйте інциденти з офіційних повідомлень і новин, шукайте їх і готуйте довідки на своєму робочому місці. Ніщо не залишає цей комп’ютер.</translation>
    </message>
    <message>
        <source>Database: {db}&lt;br&gt;Backups: {backups}&lt;br&gt;{runtime}</source>
        <translation>База даних: {db}&lt;br&gt;Копії: {backups}&lt;br&gt;{runtime}</translation>
    </message>
    <message>
        <source>Made with the work of others</source>
        <translation>Зроблено з використанням чужої праці</translation>
    </message>
    <message>
        <source>Fonts, data and libraries, with their licences</source>
        <translation>Шрифти, дані та бібліотеки з їхніми ліцензіями</translation>
    </message>
    <message>
        <source>The list of third-party licences could not be read: {e}</source>
        <translation>Не вдалося прочитати список сторонніх ліцензій: {e}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Не вдається відкрити базу даних</translation>
    </message>
    <message>
        <source>Check the server&apos;s address, your login and the network, or start with --db FILE to use a database file.</source>
        <translation>Перевірте адресу сервера, обліковий запис і мережу або запустіть з --db ФАЙЛ, щоб працювати з файлом бази даних.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <source>Incident Logger makes a verified copy of this database when you start it (once a day) and before every upgrade, and keeps the last {daily} days and {weekly} weeks. Copies are kept in {folder}.</source>
        <translation>Incident Logger робить перевірену копію цієї бази даних під час запуску (раз на день) і перед кожним оновленням та зберігає копії за останні {daily} дн. і {weekly} тиж. Копії зберігаються в {folder}.</translation>
    </message>
    <message>
        <source>Backups of this database</source>
        <translation>Резервні копії цієї бази даних</translation>
    </message>
    <message>
        <source>No backups yet. Press “Back up now” to make the first.</source>
        <translation>Копій поки немає. Натисніть «Створити копію зараз», щоб зробити першу.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Створити копію зараз</translation>
    </message>
    <message>
        <source>Write a verified copy of the database now</source>
        <translation>Записати перевірену копію бази даних зараз</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Відновити…</translation>
    </message>
    <message>
        <source>Replace the database with the selected backup (the current state is kept)</source>
        <translation>Замінити базу даних вибраною копією (поточний стан зберігається)</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Відновити з &amp;файлу…</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>Показати &amp;теку</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Стан копіювання</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не читається</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Створення копії…</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Резервне копіювання бази даних</translation>
    </message>
    <message>
        <source>Backed up to {file} (verified).</source>
        <translation>Копію збережено в {file} (перевірено).</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>Відновити з копії?</translation>
    </message>
    <message>
        <source>Replace everything in this database with {what}?

The current state is backed up first, so you can go back to it.</source>
        <translation>Замінити все в цій базі даних на {what}?

Спершу буде збережено копію поточного стану, щоб до нього можна було повернутися.</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln incident(s)</source>
        <translation>
            <numerusform>, %Ln інцидент</numerusform>
            <numerusform>, %Ln інциденти</numerusform>
            <numerusform>, %Ln інцидентів</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup of {when}{count}</source>
        <translation>копію від {when}{count}</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Відновити з файлу копії</translation>
    </message>
    <message>
        <source>Incident Logger databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Бази даних Incident Logger (*.sqlite3 *.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Відновлення…</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Відновлення з копії</translation>
    </message>
    <message>
        <source> The state before it was saved as {file}: restore that to go back.</source>
        <translation> Стан до відновлення збережено як {file}: відновіть його, щоб повернутися.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Копію відновлено.</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>at character {n}</source>
        <translation>у символі {n}</translation>
    </message>
    <message>
        <source>{name} already exists; it will be replaced.</source>
        <translation>{name} уже існує; його буде замінено.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Замінити файл?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.

Replace it with the new briefing?</source>
        <translation>{name} уже є в {folder}.

Замінити його новою довідкою?</translation>
    </message>
    <message>
        <source>Briefing {name}</source>
        <translation>Довідка {name}</translation>
    </message>
    <message>
        <source>Reading the incidents…</source>
        <translation>Читання інцидентів…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Верстка сторінок…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <source>No program to open PDF files was found.</source>
        <translation>Не знайдено програму для відкриття PDF.</translation>
    </message>
    <message>
        <source>Install a PDF reader, or use Show in folder to find the file.</source>
        <translation>Установіть програму для читання PDF або знайдіть файл через «Показати в теці».</translation>
    </message>
</context>
<context>
    <name>BriefingForm</name>
    <message>
        <source>New briefing</source>
        <translation>Нова довідка</translation>
    </message>
    <message>
        <source>Briefing title</source>
        <translation>Заголовок довідки</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Printed on every page, e.g. For internal use</source>
        <translation>Друкується на кожній сторінці, наприклад «Для службового користування»</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необов’язково</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>All incidents — or e.g. region:Калуга has:damage</source>
        <translation>Усі інциденти — або, наприклад, region:Калуга has:damage</translation>
    </message>
    <message>
        <source>Search error</source>
        <translation>Помилка пошуку</translation>
    </message>
    <message>
        <source>Incidents covered</source>
        <translation>Охоплені інциденти</translation>
    </message>
    <message>
        <source>C&amp;reate briefing</source>
        <translation>&amp;Створити довідку</translation>
    </message>
    <message>
        <source>Create briefing</source>
        <translation>Створити довідку</translation>
    </message>
    <message>
        <source>Title page</source>
        <translation>Титульна сторінка</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>&amp;Marking</source>
        <translation>&amp;Гриф</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Автор</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Інциденти</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Пошук</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Охоплює</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Папір</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Зберегти як</translation>
    </message>
    <message>
        <source>Fi&amp;le</source>
        <translation>&amp;Файл</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <source>New from statement</source>
        <translation>Нове з повідомлення</translation>
    </message>
    <message>
        <source>Overnight: {0}</source>
        <translation>Ніч: {0}</translation>
    </message>
    <message>
        <source>Issued: {0}</source>
        <translation>Оприлюднено: {0}</translation>
    </message>
    <message>
        <source>Rule: {0}. Change it under Overnight.</source>
        <translation>Правило: {0}. Його можна змінити в полі «Ніч».</translation>
    </message>
    <message>
        <source>Reading the statement…</source>
        <translation>Розбір повідомлення…</translation>
    </message>
    <message>
        <source>The statement could not be read: {0}</source>
        <translation>Не вдалося розібрати повідомлення: {0}</translation>
    </message>
    <message>
        <source>Proposed: {0} and {1}.</source>
        <translation>Запропоновано: {0} і {1}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln count report(s)</source>
        <translation>
            <numerusform>%Ln зведення</numerusform>
            <numerusform>%Ln зведення</numerusform>
            <numerusform>%Ln зведень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln інцидент</numerusform>
            <numerusform>%Ln інциденти</numerusform>
            <numerusform>%Ln інцидентів</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to record was found in this statement.</source>
        <translation>У цьому повідомленні не знайдено нічого для запису.</translation>
    </message>
    <message>
        <source>{0} value(s) read but not trusted are marked in amber: fill them by hand.</source>
        <translation>Значення, розпізнані невпевнено ({0}), виділено жовтим: заповніть їх вручну.</translation>
    </message>
    <message>
        <source>Still to give: {0}.</source>
        <translation>Ще треба вказати: {0}.</translation>
    </message>
    <message>
        <source>Read but not trusted: check the marked words and fill this in</source>
        <translation>Розпізнано невпевнено: перевірте виділені слова й заповніть поле</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>джерело</translation>
    </message>
    <message>
        <source>the time of incident {0}</source>
        <translation>час інциденту {0}</translation>
    </message>
    <message>
        <source>Choose who published the statement first.</source>
        <translation>Спершу виберіть, хто оприлюднив повідомлення.</translation>
    </message>
    <message>
        <source>Nothing saved: fix the fields marked in red first.</source>
        <translation>Нічого не збережено: спершу виправте поля, позначені червоним.</translation>
    </message>
    <message>
        <source>Nothing is ticked, so there is nothing to save.</source>
        <translation>Нічого не позначено, зберігати нічого.</translation>
    </message>
    <message>
        <source>Nothing saved</source>
        <translation>Нічого не збережено</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Змінено іншим користувачем</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>інший користувач</translation>
    </message>
    <message>
        <source>{who}{when} moved this record to the trash after you opened it. Nothing was saved. Save yours to keep your changes (it stays in the trash), or discard them.</source>
        <translation>{who}{when}: запис переміщено до кошика після того, як ви його відкрили. Нічого не збережено. Збережіть свою версію, щоб не втратити зміни (запис залишиться в кошику), або відкиньте їх.</translation>
    </message>
    <message>
        <source>{who}{when} saved this record after you opened it. Nothing was saved yet: compare the two versions and choose which one to keep.</source>
        <translation>{who}{when}: запис збережено після того, як ви його відкрили. Поки нічого не збережено: порівняйте дві версії й виберіть, яку залишити.</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Поля, що відрізняються</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваша версія</translation>
    </message>
    <message>
        <source>Saved by {who}</source>
        <translation>Зберіг(ла): {who}</translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation>&amp;Зберегти мою поверх їхньої</translation>
    </message>
    <message>
        <source>&amp;Use theirs, discard mine</source>
        <translation>&amp;Узяти їхню, відкинути мою</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продовжити редагування</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>Підключення до спільної бази</translation>
    </message>
    <message>
        <source>A team database is a PostgreSQL database that several analysts share. Passwords are never saved with a profile: ~/.pgpass or the service file gives them, or the system keyring keeps the one you type.</source>
        <translation>Спільна база — це база PostgreSQL, з якою працюють кілька аналітиків. Паролі ніколи не зберігаються в профілі: їх дає ~/.pgpass або файл служб, або системне сховище паролів зберігає введений вами.</translation>
    </message>
    <message>
        <source>Saved connection profiles</source>
        <translation>Збережені профілі підключення</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;Новий профіль</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>Forget the selected profile (not the database)</source>
        <translation>Забути вибраний профіль (база лишається)</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Назва профілю</translation>
    </message>
    <message>
        <source>e.g. Duty team</source>
        <translation>напр., Чергова зміна</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>server name or address; empty: this computer</source>
        <translation>ім&apos;я або адреса сервера; порожньо — цей комп&apos;ютер</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База даних</translation>
    </message>
    <message>
        <source>e.g. incidents</source>
        <translation>напр., incidents</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation>ваше ім&apos;я входу на сервері</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>optional: a name in ~/.pg_service.conf</source>
        <translation>необов&apos;язково: назва з ~/.pg_service.conf</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Корис&amp;тувач:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>С&amp;лужба:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Підключитися</translation>
    </message>
    <message>
        <source>Forgot the profile “{name}”.</source>
        <translation>Профіль «{name}» забуто.</translation>
    </message>
    <message>
        <source>Give the profile a name, e.g. Duty team</source>
        <translation>Дайте профілю назву, напр. «Чергова зміна»</translation>
    </message>
    <message>
        <source>Name the database (or a service)</source>
        <translation>Вкажіть базу даних (або службу)</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535</source>
        <translation>Порт — число від 1 до 65535</translation>
    </message>
    <message>
        <source>Connecting to {url}…</source>
        <translation>Підключення до {url}…</translation>
    </message>
    <message>
        <source>The server refused this user&apos;s password</source>
        <translation>Сервер відхилив пароль цього користувача</translation>
    </message>
    <message>
        <source>The server cannot be reached at this host and port</source>
        <translation>Сервер недоступний за цією адресою та портом</translation>
    </message>
    <message>
        <source>No Incident Logger schema here: run &apos;incident-logger team init&apos;</source>
        <translation>Тут немає схеми Incident Logger: виконайте &apos;incident-logger team init&apos;</translation>
    </message>
    <message>
        <source>An older schema: run &apos;incident-logger team init&apos; to upgrade it</source>
        <translation>Схема застаріла: оновіть її командою &apos;incident-logger team init&apos;</translation>
    </message>
    <message>
        <source>Not a usable address</source>
        <translation>Ця адреса не підходить</translation>
    </message>
</context>
<context>
    <name>CountEdit</name>
    <message>
        <source>not stated</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <source>“not stated” when the report does not say; 0 when it says nobody was hurt</source>
        <translation>«не вказано», якщо в повідомленні цього немає; 0 — якщо сказано, що ніхто не постраждав</translation>
    </message>
</context>
<context>
    <name>CountLinesDelegate</name>
    <message>
        <source>Region of line {0}</source>
        <translation>Регіон у рядку {0}</translation>
    </message>
    <message>
        <source>Region name or alias</source>
        <translation>Назва регіону або інша назва</translation>
    </message>
    <message>
        <source>Count of line {0}</source>
        <translation>Число в рядку {0}</translation>
    </message>
    <message>
        <source>Note of line {0}</source>
        <translation>Примітка до рядка {0}</translation>
    </message>
</context>
<context>
    <name>CountLinesGrid</name>
    <message>
        <source>Lines by region</source>
        <translation>Рядки за регіонами</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Додати рядок</translation>
    </message>
    <message>
        <source>Add a region line</source>
        <translation>Додати рядок регіону</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Видалити рядок</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Видалити вибраний рядок</translation>
    </message>
</context>
<context>
    <name>CountLinesModel</name>
    <message>
        <source>Type a region</source>
        <translation>Введіть регіон</translation>
    </message>
    <message>
        <source>No place is named &apos;{0}&apos;; pick one from the list</source>
        <translation>Місця «{0}» немає; виберіть зі списку</translation>
    </message>
    <message>
        <source>{0} already has a line above</source>
        <translation>Для {0} рядок уже є вище</translation>
    </message>
    <message>
        <source>Type the count</source>
        <translation>Введіть число</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>Рядок {0}: {1}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
</context>
<context>
    <name>CountReportEditor</name>
    <message>
        <source>New count report</source>
        <translation>Нове зведення</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Who gave these figures?</source>
        <translation>Хто навів ці числа?</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Час оприлюднення</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Початок періоду</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Кінець періоду</translation>
    </message>
    <message>
        <source>What was counted</source>
        <translation>Що рахували</translation>
    </message>
    <message>
        <source>What happened to them</source>
        <translation>Що з ними сталося</translation>
    </message>
    <message>
        <source>Stated total</source>
        <translation>Заявлений підсумок</translation>
    </message>
    <message>
        <source>Empty if not stated</source>
        <translation>Порожньо, якщо не вказано</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>e.g. The rest over various regions.</source>
        <translation>наприклад «Решта — над різними регіонами».</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Джерело</translation>
    </message>
    <message>
        <source>&amp;Issued at</source>
        <translation>&amp;Оприлюднено</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Період</translation>
    </message>
    <message>
        <source>&amp;Counted</source>
        <translation>&amp;Що рахували</translation>
    </message>
    <message>
        <source>Stated &amp;total</source>
        <translation>Заявлений &amp;підсумок</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Примітка</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Save the report (Ctrl+S)</source>
        <translation>Зберегти зведення (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Discard the changes typed since the last save</source>
        <translation>Скасувати зміни з останнього збереження</translation>
    </message>
    <message>
        <source>Count report #{0}</source>
        <translation>Зведення №{0}</translation>
    </message>
    <message>
        <source>choose the source that gave these figures</source>
        <translation>виберіть джерело, що навело ці числа</translation>
    </message>
    <message>
        <source>type a whole number, or leave it empty</source>
        <translation>введіть ціле число або залиште порожнім</translation>
    </message>
</context>
<context>
    <name>CountReportListModel</name>
    <message>
        <source>Issued</source>
        <translation>Оприлюднено</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Що рахували</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>За регіонами</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Без регіону</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Охоплений період</translation>
    </message>
    <message>
        <source>+{0} over</source>
        <translation>+{0} понад підсумок</translation>
    </message>
    <message>
        <source>{0}: reliability {1} ({2})</source>
        <translation>{0}: надійність {1} ({2})</translation>
    </message>
</context>
<context>
    <name>CountSearchBox</name>
    <message>
        <source>Search count reports</source>
        <translation>Пошук у зведеннях</translation>
    </message>
    <message>
        <source>Words in notes and lines, source:ministry, region:Брянская, from:2026-09-01 …</source>
        <translation>Слова в примітках і рядках, source:міністерство, region:Брянская, from:2026-09-01 …</translation>
    </message>
    <message>
        <source>Words and &quot;phrases&quot; are looked up in the notes, in the lines (regions, their other names and notes) and in the source&apos;s name; word* matches the start of words; -word leaves out. Filters: source:, region: (a city finds its region&apos;s lines), from:, to: (the period covered) and reliability:&lt;=B.</source>
        <translation>Слова і &quot;фрази&quot; шукаються в примітках, рядках (регіони, їхні інші назви й примітки) і в назві джерела; слово* шукає початок слів; -слово виключає. Фільтри: source:, region: (місто знаходить рядки свого регіону), from:, to: (охоплений період) і reliability:&lt;=B.</translation>
    </message>
    <message>
        <source>Search problem</source>
        <translation>Проблема з пошуком</translation>
    </message>
    <message>
        <source>at character {0}</source>
        <translation>у символі {0}</translation>
    </message>
</context>
<context>
    <name>CountsPage</name>
    <message>
        <source>New report</source>
        <translation>Нове зведення</translation>
    </message>
    <message>
        <source>New count report</source>
        <translation>Нове зведення</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Зберегти зведення</translation>
    </message>
    <message>
        <source>Take the report out of the trash</source>
        <translation>Повернути зведення з кошика</translation>
    </message>
    <message>
        <source>Show count reports in the trash</source>
        <translation>Показати зведення в кошику</translation>
    </message>
    <message>
        <source>Move the report to the trash</source>
        <translation>Перемістити зведення до кошика</translation>
    </message>
    <message>
        <source>Count reports</source>
        <translation>Зведення</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Знайти</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Зведення</translation>
    </message>
    <message>
        <source>Totals by re&amp;gion</source>
        <translation>Підсумки за &amp;регіонами</translation>
    </message>
    <message>
        <source>The count report</source>
        <translation>Зведення підрахунку</translation>
    </message>
    <message>
        <source>Could not load the count reports: {0}</source>
        <translation>Не вдалося завантажити зведення: {0}</translation>
    </message>
    <message>
        <source> in the trash</source>
        <translation> у кошику</translation>
    </message>
    <message numerus="yes">
        <source>%Ln count report(s) match the search{0}</source>
        <translation>
            <numerusform>Пошуку відповідає %Ln зведення{0}</numerusform>
            <numerusform>Пошуку відповідають %Ln зведення{0}</numerusform>
            <numerusform>Пошуку відповідають %Ln зведень{0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln count report(s) in the trash</source>
        <translation>
            <numerusform>%Ln зведення в кошику</numerusform>
            <numerusform>%Ln зведення в кошику</numerusform>
            <numerusform>%Ln зведень у кошику</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln count report(s)</source>
        <translation>
            <numerusform>%Ln зведення</numerusform>
            <numerusform>%Ln зведення</numerusform>
            <numerusform>%Ln зведень</numerusform>
        </translation>
    </message>
    <message>
        <source>No count report matches the search</source>
        <translation>Немає зведень, що відповідають пошуку</translation>
    </message>
    <message>
        <source>Words are looked up in notes, lines and sources; source:, region:, from: and to: narrow the list. Press Esc in the search box to see every report.</source>
        <translation>Слова шукаються в примітках, рядках і джерелах; source:, region:, from: і to: звужують список. Натисніть Esc у полі пошуку, щоб побачити всі зведення.</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>Кошик порожній</translation>
    </message>
    <message>
        <source>Deleted count reports stay here until you restore them.</source>
        <translation>Видалені зведення зберігаються тут, доки ви їх не відновите.</translation>
    </message>
    <message>
        <source>No count reports yet</source>
        <translation>Зведень поки немає</translation>
    </message>
    <message>
        <source>Press Ctrl+N to enter a statement that gives numbers per region, such as a ministry&apos;s overnight tally or a governor&apos;s figure.</source>
        <translation>Натисніть Ctrl+N, щоб ввести повідомлення з числами за регіонами, наприклад нічне зведення міністерства чи дані губернатора.</translation>
    </message>
    <message>
        <source>Saved count report #{0}.</source>
        <translation>Зведення №{0} збережено.</translation>
    </message>
    <message>
        <source>Moved count report #{0} to the trash.</source>
        <translation>Зведення №{0} переміщено до кошика.</translation>
    </message>
    <message>
        <source>Restored count report #{0}.</source>
        <translation>Зведення №{0} відновлено.</translation>
    </message>
</context>
<context>
    <name>DamageEditor</name>
    <message>
        <source>Damage notes</source>
        <translation>Записи про пошкодження</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <source>Add da&amp;mage</source>
        <translation>Додати &amp;пошкодження</translation>
    </message>
    <message>
        <source>Add a damage note</source>
        <translation>Додати запис про пошкодження</translation>
    </message>
    <message>
        <source>Remove the selected damage note</source>
        <translation>Видалити вибраний запис про пошкодження</translation>
    </message>
</context>
<context>
    <name>DamageModel</name>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Скільки</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Тяжкість</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <source>a whole number, or empty if not stated</source>
        <translation>ціле число або порожньо, якщо не вказано</translation>
    </message>
</context>
<context>
    <name>DraftPanel</name>
    <message>
        <source>Untick to leave this draft out when saving</source>
        <translation>Зніміть позначку, щоб не зберігати цю чернетку</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>This may already be recorded</source>
        <translation>Можливо, це вже записано</translation>
    </message>
    <message>
        <source>These incidents look like the one you are saving. If it is the same event, open it or add your source to it as corroboration instead of a second record.</source>
        <translation>Ці інциденти схожі на той, що ви зберігаєте. Якщо це та сама подія, відкрийте її або додайте до неї своє джерело як підтвердження замість другого запису.</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Ймовірні дублікати</translation>
    </message>
    <message>
        <source>&amp;Open the existing one</source>
        <translation>&amp;Відкрити наявну</translation>
    </message>
    <message>
        <source>&amp;Add my sources to it</source>
        <translation>&amp;Додати до неї мої джерела</translation>
    </message>
    <message>
        <source>&amp;Save as a new incident</source>
        <translation>&amp;Зберегти як новий інцидент</translation>
    </message>
</context>
<context>
    <name>EditorForm</name>
    <message>
        <source>Problem with {field}</source>
        <translation>Проблема в полі «{field}»</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export incidents</source>
        <translation>Експорт інцидентів</translation>
    </message>
    <message>
        <source>What will be exported</source>
        <translation>Що буде експортовано</translation>
    </message>
    <message>
        <source>Include the change history</source>
        <translation>Включити історію змін</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Файл для запису</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Зберегти як:</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Стан експорту</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Експорт</translation>
    </message>
    <message>
        <source>The search cannot be read: {why}</source>
        <translation>Не вдається розібрати пошук: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln інцидент</numerusform>
            <numerusform>%Ln інциденти</numerusform>
            <numerusform>%Ln інцидентів</numerusform>
        </translation>
    </message>
    <message>
        <source>Export {what} matching “{query}”.</source>
        <translation>Експортувати {what} за запитом «{query}».</translation>
    </message>
    <message>
        <source>Export all {what}.</source>
        <translation>Експортувати всі {what}.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Експортувати в</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Give a file name to write to.</source>
        <translation>Вкажіть ім’я файлу для запису.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <source>Exporting incidents</source>
        <translation>Експорт інцидентів</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln incident(s) (of {matched}; the others have no coordinates) to {path} in {seconds} s.</source>
        <translation>
            <numerusform>Експортовано %Ln інцидент (з {matched}; в інших немає координат) у {path} за {seconds} с.</numerusform>
            <numerusform>Експортовано %Ln інциденти (з {matched}; в інших немає координат) у {path} за {seconds} с.</numerusform>
            <numerusform>Експортовано %Ln інцидентів (з {matched}; в інших немає координат) у {path} за {seconds} с.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln incident(s) to {path} in {seconds} s.</source>
        <translation>
            <numerusform>Експортовано %Ln інцидент у {path} за {seconds} с.</numerusform>
            <numerusform>Експортовано %Ln інциденти у {path} за {seconds} с.</numerusform>
            <numerusform>Експортовано %Ln інцидентів у {path} за {seconds} с.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>Time precision</source>
        <translation>Точність часу</translation>
    </message>
    <message>
        <source>Location precision</source>
        <translation>Точність місця</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Засіб</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Зовнішній ідентифікатор</translation>
    </message>
    <message>
        <source>External type</source>
        <translation>Тип у зовнішній системі</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Довгота</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>Поранені</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Загиблі</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Реагування</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Пошкодження</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Тяжкість</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Входить до</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>Інша назва</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надійність</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Початок періоду</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Кінець періоду</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Stated total</source>
        <translation>Заявлений підсумок</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Кількість</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>From date</source>
        <translation>Дата початку</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Дата закінчення</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source grade</source>
        <translation>Оцінка джерела</translation>
    </message>
    <message>
        <source>Has damage</source>
        <translation>Є пошкодження</translation>
    </message>
    <message>
        <source>Only incidents with damage</source>
        <translation>Лише інциденти з пошкодженнями</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Скинути фільтри</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>any</source>
        <translation>будь-який</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Будь-який регіон</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Будь-яка категорія</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Будь-який статус</translation>
    </message>
    <message>
        <source>A only</source>
        <translation>Лише A</translation>
    </message>
    <message>
        <source>B or better</source>
        <translation>B або вище</translation>
    </message>
    <message>
        <source>C or better</source>
        <translation>C або вище</translation>
    </message>
    <message>
        <source>D or better</source>
        <translation>D або вище</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>Будь-яка оцінка</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Change history</source>
        <translation>Історія змін</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Після</translation>
    </message>
    <message>
        <source>by {who}</source>
        <translation>— {who}</translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>У кошику</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Import incidents</source>
        <translation>Імпорт інцидентів</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для імпорту</translation>
    </message>
    <message>
        <source>A CSV or JSON file</source>
        <translation>Файл CSV або JSON</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Формат файлу</translation>
    </message>
    <message>
        <source>Recognise it from the file</source>
        <translation>Визначити за файлом</translation>
    </message>
    <message>
        <source>Import nothing (fix the file first)</source>
        <translation>Нічого не імпортувати (спершу виправити файл)</translation>
    </message>
    <message>
        <source>Import the good rows and list the others</source>
        <translation>Імпортувати правильні рядки, решту перелічити</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>If some rows have problems:</source>
        <translation>Якщо в деяких рядках є проблеми:</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>Виберіть файл, щоб побачити його вміст.</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Що зробить імпорт</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Перші рядки файлу</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Проблеми у файлі</translation>
    </message>
    <message>
        <source>&amp;Save the problems…</source>
        <translation>&amp;Зберегти список проблем…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Хід імпорту</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпорт</translation>
    </message>
    <message>
        <source>Import incidents from</source>
        <translation>Імпортувати інциденти з</translation>
    </message>
    <message>
        <source>Incident files (*.csv *.json);;All files (*)</source>
        <translation>Файли інцидентів (*.csv *.json);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Читання {name}…</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Перевірка {name}</translation>
    </message>
    <message>
        <source>{name} ({fmt}): {rows} rows.</source>
        <translation>{name} ({fmt}): рядків — {rows}.</translation>
    </message>
    <message>
        <source>{n} ready to import</source>
        <translation>Готово до імпорту: {n}</translation>
    </message>
    <message>
        <source>{n} with problems</source>
        <translation>з проблемами: {n}</translation>
    </message>
    <message>
        <source>{n} repeating an earlier line</source>
        <translation>повторюють раніший рядок: {n}</translation>
    </message>
    <message>
        <source>{n} already in the database</source>
        <translation>уже в базі даних: {n}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln count report(s)</source>
        <translation>
            <numerusform>%Ln зведення</numerusform>
            <numerusform>%Ln зведення</numerusform>
            <numerusform>%Ln зведень</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported from it.</source>
        <translation>З нього нічого не можна імпортувати.</translation>
    </message>
    <message>
        <source>Fix the file and choose it again, or import the good rows only.</source>
        <translation>Виправте файл і виберіть його знову або імпортуйте лише правильні рядки.</translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation>рядок {n}</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>… and {n} more: save the list to see them all.</source>
        <translation>… і ще {n}: збережіть список, щоб побачити всі.</translation>
    </message>
    <message>
        <source>Problems and notes ({n})</source>
        <translation>Проблеми і зауваження ({n})</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не знайдено.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Імпорт {name}…</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Імпорт {name}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Nothing was imported: {why}</source>
        <translation>Нічого не імпортовано: {why}</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Імпорт скасовано; нічого не записано.</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>Зберегти список проблем</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>is not a number like 54.5293</source>
        <translation>— не число на кшталт 54.5293</translation>
    </message>
    <message>
        <source>“{t}” is not one of: {a}</source>
        <translation>«{t}» — не з переліку: {a}</translation>
    </message>
    <message>
        <source>“{t}” is not in the gazetteer: choose a suggestion or add it with +</source>
        <translation>«{t}» немає в довіднику місць: виберіть варіант або додайте його кнопкою +</translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation>рядок {n}</translation>
    </message>
</context>
<context>
    <name>IncidentListPane</name>
    <message>
        <source>The search failed: {e}</source>
        <translation>Пошук не вдався: {e}</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <source>Incident {0}: {1}</source>
        <translation>Інцидент {0}: {1}</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>Not stated</source>
        <translation>Не вказано</translation>
    </message>
</context>
<context>
    <name>IncidentTableView</name>
    <message>
        <source>Incidents</source>
        <translation>Інциденти</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Скинути стовпці</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Зберегти (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the incident</source>
        <translation>Зберегти інцидент</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Повернути</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>Скасувати незбережені зміни</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>No incidents yet</source>
        <translation>Інцидентів поки немає</translation>
    </message>
    <message>
        <source>Press Ctrl+N to record the first one.</source>
        <translation>Натисніть Ctrl+N, щоб записати перший.</translation>
    </message>
    <message>
        <source>No incidents match this search</source>
        <translation>Немає інцидентів, що відповідають пошуку</translation>
    </message>
    <message>
        <source>Change the words or filters, or clear the search box (Esc).</source>
        <translation>Змініть слова чи фільтри або очистьте поле пошуку (Esc).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>The new incident</source>
        <translation>Новий інцидент</translation>
    </message>
    <message>
        <source>That incident no longer exists.</source>
        <translation>Цього інциденту більше немає.</translation>
    </message>
    <message>
        <source>Copied into a new, unsaved incident.</source>
        <translation>Скопійовано в новий, ще не збережений інцидент.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %Ln field(s) need attention.</source>
        <translation>
            <numerusform>Не збережено: %Ln поле потребує уваги.</numerusform>
            <numerusform>Не збережено: %Ln поля потребують уваги.</numerusform>
            <numerusform>Не збережено: %Ln полів потребують уваги.</numerusform>
        </translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>зберігається…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>What you typed is still in the form. Try again, or copy it somewhere safe.</source>
        <translation>Усе введене лишилося у формі. Спробуйте ще раз або скопіюйте текст у надійне місце.</translation>
    </message>
    <message>
        <source>Loaded the version saved by {who}.</source>
        <translation>Завантажено версію, яку зберіг(ла) {who}.</translation>
    </message>
    <message>
        <source>Nothing changed: {e}</source>
        <translation>Нічого не змінено: {e}</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Нічого не змінено</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln incident(s) to the Trash. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%Ln інцидент переміщено до кошика. Ctrl+Z поверне його.</numerusform>
            <numerusform>%Ln інциденти переміщено до кошика. Ctrl+Z поверне їх.</numerusform>
            <numerusform>%Ln інцидентів переміщено до кошика. Ctrl+Z поверне їх.</numerusform>
        </translation>
    </message>
    <message>
        <source>The step is dropped. Open the incident again to see its newer version.</source>
        <translation>Цей крок вилучено з історії скасування. Відкрийте інцидент знову, щоб побачити новішу версію.</translation>
    </message>
    <message>
        <source>Not saved: {e}</source>
        <translation>Не збережено: {e}</translation>
    </message>
    <message>
        <source>Saved {ref}.</source>
        <translation>Збережено: {ref}.</translation>
    </message>
    <message>
        <source>Cannot undo: {e}</source>
        <translation>Не вдалося скасувати: {e}</translation>
    </message>
    <message>
        <source>The record may have been changed elsewhere.</source>
        <translation>Можливо, запис змінили деінде.</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Не вдалося скасувати чи повторити</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Новий інцидент</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ще не збережено</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>незбережені зміни</translation>
    </message>
    <message>
        <source>saved {when}</source>
        <translation>збережено {when}</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оцінка</translation>
    </message>
    <message numerus="yes">
        <source>The newest {0} of %Ln incident(s); search to see them all.</source>
        <translation>
            <numerusform>Останні {0} з %Ln інциденту; щоб побачити всі, скористайтеся пошуком.</numerusform>
            <numerusform>Останні {0} з %Ln інцидентів; щоб побачити всі, скористайтеся пошуком.</numerusform>
            <numerusform>Останні {0} з %Ln інцидентів; щоб побачити всі, скористайтеся пошуком.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln інцидент</numerusform>
            <numerusform>%Ln інциденти</numerusform>
            <numerusform>%Ln інцидентів</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents yet.</source>
        <translation>Інцидентів поки немає.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Briefing language</source>
        <translation>Мова довідки</translation>
    </message>
    <message>
        <source>Headings, sentences, dates and numbers of the briefing. What was typed into the records prints as typed.</source>
        <translation>Заголовки, речення, дати й числа довідки. Введене в записи друкується як є.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>Follow the &amp;system ({language})</source>
        <translation>Як у &amp;системі ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Incident Logger will speak {language} when you start it again.</source>
        <translation>Після перезапуску Incident Logger буде мовою: {language}.</translation>
    </message>
</context>
<context>
    <name>LiveCount</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Підрахунок…</translation>
    </message>
    <message>
        <source>No incidents match: the briefing would only have its title page.</source>
        <translation>Немає відповідних інцидентів: у довідці буде лише титульна сторінка.</translation>
    </message>
    <message>
        <source>No incidents</source>
        <translation>Немає інцидентів</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln інцидент</numerusform>
            <numerusform>%Ln інциденти</numerusform>
            <numerusform>%Ln інцидентів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln count statement(s)</source>
        <translation>
            <numerusform> і %Ln зведення</numerusform>
            <numerusform> і %Ln зведення</numerusform>
            <numerusform> і %Ln зведень</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not count the incidents ({what}).</source>
        <translation>Не вдалося підрахувати інциденти ({what}).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Incident Logger — {name}[*]</source>
        <translation>Incident Logger — {name}[*]</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Інциденти</translation>
    </message>
    <message>
        <source>Regional counts</source>
        <translation>Зведення</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Місця</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Кошик</translation>
    </message>
    <message>
        <source>Number of incidents shown</source>
        <translation>Кількість показаних інцидентів</translation>
    </message>
    <message>
        <source>This section could not be opened (see the log).</source>
        <translation>Не вдалося відкрити цей розділ (див. журнал).</translation>
    </message>
    <message>
        <source>{n} shown</source>
        <translation>показано: {n}</translation>
    </message>
    <message>
        <source>{shown} of {matching} shown</source>
        <translation>показано {shown} з {matching}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) in all</source>
        <translation>
            <numerusform>Усього %Ln інцидент</numerusform>
            <numerusform>Усього %Ln інциденти</numerusform>
            <numerusform>Усього %Ln інцидентів</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Скасувати: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Повторити: {what}</translation>
    </message>
    <message>
        <source>Finishing the daily backup before closing…</source>
        <translation>Завершення щоденної копії перед закриттям…</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Лише читання</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>База лише для читання</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Loading the gazetteer…</source>
        <translation>Завантаження довідника місць…</translation>
    </message>
    <message>
        <source>Gazetteer: {n} places added, {m} brought up to date.</source>
        <translation>Довідник місць: додано місць — {n}, оновлено — {m}.</translation>
    </message>
    <message>
        <source>The gazetteer could not be loaded: {e}</source>
        <translation>Не вдалося завантажити довідник місць: {e}</translation>
    </message>
    <message>
        <source>Daily backup…</source>
        <translation>Щоденна копія…</translation>
    </message>
    <message>
        <source>Daily backup saved: {name}</source>
        <translation>Щоденну копію збережено: {name}</translation>
    </message>
    <message>
        <source>The daily backup failed: {e} Backups has the details.</source>
        <translation>Щоденна копія не вдалася: {e} Подробиці — на сторінці «Резервні копії».</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Перевірка бази даних…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>is required</source>
        <translation>обов’язкове поле</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>порожньо</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>закінчується раніше за початок</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither</source>
        <translation>вкажіть і широту, і довготу або жодної з них</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>«{value}» — не ціле число</translation>
    </message>
    <message>
        <source>cannot be negative (got {value})</source>
        <translation>не може бути від’ємним (введено {value})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {allowed}</source>
        <translation>«{value}» — не зі списку: {allowed}</translation>
    </message>
    <message>
        <source>unknown place (id {id})</source>
        <translation>невідоме місце (id {id})</translation>
    </message>
    <message>
        <source>unknown source (id {id})</source>
        <translation>невідоме джерело (id {id})</translation>
    </message>
    <message>
        <source>this source is listed twice</source>
        <translation>це джерело вказано двічі</translation>
    </message>
    <message>
        <source>this region has two lines</source>
        <translation>у цього регіону два рядки</translation>
    </message>
    <message>
        <source>must be 1 to 6 (got {value})</source>
        <translation>має бути від 1 до 6 (введено {value})</translation>
    </message>
    <message>
        <source>grade must be A to F (got &apos;{value}&apos;)</source>
        <translation>оцінка має бути від A до F (введено «{value}»)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date and time like 2026-09-12 01:30</source>
        <translation>«{text}» — не дата й час на кшталт 2026-09-12 01:30</translation>
    </message>
    <message>
        <source>This {entity} was changed by someone else after you opened it; nothing was saved.</source>
        <translation>{entity}: запис змінив хтось інший після того, як ви його відкрили; нічого не збережено.</translation>
    </message>
    <message>
        <source>item {number}: unknown severity &apos;{value}&apos; (one of: {allowed})</source>
        <translation>пункт {number}: невідома тяжкість «{value}» (допустимо: {allowed})</translation>
    </message>
    <message>
        <source>item {number}: unknown state &apos;{value}&apos; (one of: {allowed})</source>
        <translation>пункт {number}: невідомий стан «{value}» (допустимо: {allowed})</translation>
    </message>
    <message>
        <source>Unclosed quote</source>
        <translation>Незакрита лапка</translation>
    </message>
    <message>
        <source>add a closing &quot;</source>
        <translation>додайте закривну &quot;</translation>
    </message>
    <message>
        <source>&apos;-&apos; on its own</source>
        <translation>«-» сам по собі</translation>
    </message>
    <message>
        <source>put it right before a term: -test</source>
        <translation>поставте його просто перед словом: -тест</translation>
    </message>
    <message>
        <source>Empty phrase</source>
        <translation>Порожня фраза</translation>
    </message>
    <message>
        <source>put words between the quotes</source>
        <translation>напишіть слова між лапками</translation>
    </message>
    <message>
        <source>A bare *</source>
        <translation>Окрема *</translation>
    </message>
    <message>
        <source>put it after a word start: interc*</source>
        <translation>поставте її після початку слова: перехоп*</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; has no letters or digits</source>
        <translation>у «{word}» немає літер чи цифр</translation>
    </message>
    <message>
        <source>must be between {low:g} and {high:g} (got {value})</source>
        <translation>має бути від {low:g} до {high:g} (введено {value})</translation>
    </message>
    <message>
        <source>is too long ({length} characters, at most {limit})</source>
        <translation>задовге ({length} симв., не більше {limit})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number (write 30+ for &apos;more than 30&apos;)</source>
        <translation>«{text}» — не ціле число (пишіть 30+ для «понад 30»)</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos; is cited by %Ln incident(s); it cannot go to the trash while they cite it</source>
        <translation>
            <numerusform>На «{name}» посилається %Ln інцидент; до кошика його не можна, поки на нього посилаються</numerusform>
            <numerusform>На «{name}» посилаються %Ln інциденти; до кошика його не можна, поки на нього посилаються</numerusform>
            <numerusform>На «{name}» посилаються %Ln інцидентів; до кошика його не можна, поки на нього посилаються</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos; is still used by %Ln incident(s) or place(s); move them first</source>
        <translation>
            <numerusform>«{name}» ще використовується: %Ln інцидент або місце; спершу перенесіть їх</numerusform>
            <numerusform>«{name}» ще використовується: %Ln інциденти або місця; спершу перенесіть їх</numerusform>
            <numerusform>«{name}» ще використовується: %Ln інцидентів або місць; спершу перенесіть їх</numerusform>
        </translation>
    </message>
    <message>
        <source>a country stands at the top level: set Inside to (top level)</source>
        <translation>країна стоїть на верхньому рівні: виберіть «Входить до» — (верхній рівень)</translation>
    </message>
    <message>
        <source>a region lies directly in a country, not in a {parent_kind}</source>
        <translation>регіон входить безпосередньо до країни, а не до «{parent_kind}»</translation>
    </message>
    <message>
        <source>{name} ({child_kind}) lies inside it, and a {child_kind} cannot lie in a {kind}</source>
        <translation>до нього входить {name} ({child_kind}), а «{child_kind}» не може входити до «{kind}»</translation>
    </message>
    <message>
        <source>a place cannot be inside itself</source>
        <translation>місце не може входити саме до себе</translation>
    </message>
    <message>
        <source>&apos;{word}…&apos; is longer than {limit} characters</source>
        <translation>«{word}…» довше за {limit} символів</translation>
    </message>
    <message>
        <source>a synonym group needs at least two different words</source>
        <translation>у групі синонімів потрібні щонайменше два різні слова</translation>
    </message>
    <message>
        <source>No incident with id {id}</source>
        <translation>Немає інциденту з номером {id}</translation>
    </message>
    <message>
        <source>No place with id {id}</source>
        <translation>Немає місця з номером {id}</translation>
    </message>
    <message>
        <source>No source with id {id}</source>
        <translation>Немає джерела з номером {id}</translation>
    </message>
    <message>
        <source>No count report with id {id}</source>
        <translation>Немає зведення з номером {id}</translation>
    </message>
    <message>
        <source>This {entity} was changed at {at} after you opened it; nothing was saved.</source>
        <translation>{entity}: запис змінили о {at}, після того як ви його відкрили; нічого не збережено.</translation>
    </message>
    <message>
        <source>This {entity} was changed by {by} at {at} after you opened it; nothing was saved.</source>
        <translation>{entity}: запис змінив(ла) {by} о {at}, після того як ви його відкрили; нічого не збережено.</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>Інцидент</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>count report</source>
        <translation>Зведення</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>overnight = {start} the evening before to {end} (or the issued time, if earlier)</source>
        <translation>«вночі» = з {start} попереднього вечора до {end} (або до часу публікації, якщо він раніше)</translation>
    </message>
    <message>
        <source>night &apos;{text}&apos; is not like 20:00-07:00</source>
        <translation>ніч «{text}» записано не у вигляді 20:00-07:00</translation>
    </message>
    <message>
        <source>night &apos;{text}&apos; holds a time that does not exist</source>
        <translation>у ночі «{text}» зазначено неіснуючий час</translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}. Nothing was written.</source>
        <translation>Не вдалося записати {path}: {problem}. Нічого не записано.</translation>
    </message>
    <message>
        <source>the folder cannot be written</source>
        <translation>до теки не можна записувати</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name to write to.</source>
        <translation>{path} — тека; вкажіть ім’я файлу для запису.</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a file; choose a file name. Nothing was written.</source>
        <translation>{path} — {kind}, а не файл; виберіть ім’я файлу. Нічого не записано.</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>іменований канал</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>пристрій</translation>
    </message>
    <message>
        <source>{path} is read-only; choose another name, or make it writable first. Nothing was written.</source>
        <translation>{path} доступний лише для читання; виберіть інше ім’я або спершу дозвольте запис. Нічого не записано.</translation>
    </message>
    <message>
        <source>{path} is read-only (the link points to {real}); choose another name, or make it writable first. Nothing was written.</source>
        <translation>{path} доступний лише для читання (посилання веде на {real}); виберіть інше ім’я або спершу дозвольте запис. Нічого не записано.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist. Nothing was written.</source>
        <translation>Теки {path} не існує. Нічого не записано.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {problem}.</source>
        <translation>Не вдається прочитати {path}: {problem}.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Файлу {path} немає.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} — тека, а не файл.</translation>
    </message>
    <message>
        <source>Unknown format &apos;{format}&apos;; choose one of {formats}.</source>
        <translation>Невідомий формат «{format}»; виберіть один із: {formats}.</translation>
    </message>
    <message>
        <source>Cannot tell the format from &apos;{name}&apos;; choose one of {formats}.</source>
        <translation>За назвою «{name}» формат не визначити; виберіть один із: {formats}.</translation>
    </message>
    <message>
        <source>event {event} is already in the database</source>
        <translation>подія {event} уже є в базі даних</translation>
    </message>
    <message>
        <source>an incident with the same title, time and place is already in the database</source>
        <translation>інцидент із тим самим заголовком, часом і місцем уже є в базі даних</translation>
    </message>
    <message>
        <source>{why} ({ref}); skipped</source>
        <translation>{why} ({ref}); пропущено</translation>
    </message>
    <message>
        <source>event {event} is already on line {line} of this file; skipped</source>
        <translation>подія {event} уже є в рядку {line} цього файлу; пропущено</translation>
    </message>
    <message>
        <source>the same title, time and place as line {line} of this file; skipped</source>
        <translation>той самий заголовок, час і місце, що в рядку {line} цього файлу; пропущено</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time</source>
        <translation>«{value}» — не дата й час</translation>
    </message>
    <message>
        <source>unknown source &apos;{name}&apos;</source>
        <translation>невідоме джерело «{name}»</translation>
    </message>
    <message>
        <source>unknown place &apos;{name}&apos;</source>
        <translation>невідоме місце «{name}»</translation>
    </message>
    <message>
        <source>already in the database; skipped</source>
        <translation>уже є в базі даних; пропущено</translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation>невідомий стовпець, пропущено</translation>
    </message>
    <message>
        <source>there are no incidents in this file, only its header</source>
        <translation>у цьому файлі немає інцидентів, лише заголовок</translation>
    </message>
    <message>
        <source>this is not UTF-8 text (save it from the spreadsheet as &apos;CSV UTF-8&apos;)</source>
        <translation>це не текст в UTF-8 (збережіть його з таблиці як «CSV UTF-8»)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <source>should be an object, found {found}</source>
        <translation>має бути об’єктом, а знайдено {found}</translation>
    </message>
    <message>
        <source>holds a lone surrogate ({code}), which is not a character</source>
        <translation>містить одиничний сурогат ({code}), це не символ</translation>
    </message>
    <message>
        <source>should be text, found {found}</source>
        <translation>має бути текстом, а знайдено {found}</translation>
    </message>
    <message>
        <source>should be text or null, found {found}</source>
        <translation>має бути текстом або null, а знайдено {found}</translation>
    </message>
    <message>
        <source>should be a number, found {found}</source>
        <translation>має бути числом, а знайдено {found}</translation>
    </message>
    <message>
        <source>is out of range (found {found})</source>
        <translation>поза допустимим діапазоном (знайдено {found})</translation>
    </message>
    <message>
        <source>is too long: {found} (is too large (at most {limit:,}))</source>
        <translation>задовге: {found} (завелике, не більше {limit:,})</translation>
    </message>
    <message>
        <source>is too large (at most {limit:,})</source>
        <translation>завелике (не більше {limit:,})</translation>
    </message>
    <message>
        <source>should be a whole number or null, found {found}</source>
        <translation>має бути цілим числом або null, а знайдено {found}</translation>
    </message>
    <message>
        <source>should be true or false, found {found}</source>
        <translation>має бути true або false, а знайдено {found}</translation>
    </message>
    <message>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} — не одне з: {allowed}</translation>
    </message>
    <message>
        <source>should be a list of texts</source>
        <translation>має бути списком текстів</translation>
    </message>
    <message>
        <source>should be a list</source>
        <translation>має бути списком</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is used twice</source>
        <translation>«{key}» використано двічі</translation>
    </message>
    <message>
        <source>this is not an Incident Logger export (&apos;{format}&apos;)</source>
        <translation>це не експорт Incident Logger («{format}»)</translation>
    </message>
    <message>
        <source>this is not an Incident Logger export (no &apos;{name}&apos;)</source>
        <translation>це не експорт Incident Logger (немає «{name}»)</translation>
    </message>
    <message>
        <source>this is not an Incident Logger export (&apos;{format}&apos;): GeoJSON is written for maps; import the JSON or CSV export instead</source>
        <translation>це не експорт Incident Logger («{format}»): GeoJSON пишеться для мап; імпортуйте експорт JSON або CSV</translation>
    </message>
    <message>
        <source>the version must be a number, like 1 (found {found})</source>
        <translation>версія має бути числом, наприклад 1 (знайдено {found})</translation>
    </message>
    <message>
        <source>version {version} is newer than this release reads ({reads})</source>
        <translation>версія {version} новіша за ту, яку читає ця версія програми ({reads})</translation>
    </message>
    <message>
        <source>A colleague changed this record after you opened it, so it was not moved to or from the trash. It now shows their version: look at it and decide again.</source>
        <translation>Колега змінив(ла) цей запис після того, як ви його відкрили, тому його не переміщено до кошика й не відновлено з нього. Тепер показано версію колеги: перегляньте її та вирішіть знову.</translation>
    </message>
    <message>
        <source>A colleague changed {ref} after you saw it, so none of the selected incidents was moved to or from the trash. The list now shows the current state: look at it and decide again.</source>
        <translation>Колега змінив(ла) {ref} після того, як ви це побачили, тому жоден із вибраних інцидентів не переміщено до кошика й не відновлено з нього. Тепер список показує поточний стан: перегляньте його та вирішіть знову.</translation>
    </message>
    <message>
        <source>A colleague changed {ref} after this step, so the step was neither undone nor redone: nothing changed.</source>
        <translation>Колега змінив(ла) {ref} після цього кроку, тому крок не скасовано й не повторено: нічого не змінено.</translation>
    </message>
    <message>
        <source>unknown section, ignored</source>
        <translation>невідомий розділ, пропущено</translation>
    </message>
    <message>
        <source>appears twice in the document</source>
        <translation>трапляється в документі двічі</translation>
    </message>
    <message>
        <source>there are no incidents or count reports in this file</source>
        <translation>у цьому файлі немає ні інцидентів, ні зведень</translation>
    </message>
    <message>
        <source>places are inside each other</source>
        <translation>місця входять одне до одного</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a place in the file</source>
        <translation>«{name}» — не місце з цього файлу</translation>
    </message>
    <message>
        <source>should be an object</source>
        <translation>має бути об’єктом</translation>
    </message>
    <message>
        <source>holds a value that cannot be stored (a lone surrogate?)</source>
        <translation>містить значення, яке не можна зберегти (одиничний сурогат?)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date like 2024-03-15 or 15 March 2024</source>
        <translation>«{value}» — не дата вигляду 2024-03-15 або 15 March 2024</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; should be 1, 2 or 3</source>
        <translation>«{value}» має бути 1, 2 або 3</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is too large (at most {limit:,})</source>
        <translation>«{value}» — завелике (не більше {limit:,})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number (leave it empty if not stated)</source>
        <translation>«{value}» — не ціле число (залиште порожнім, якщо не вказано)</translation>
    </message>
    <message>
        <source>source {number} has no name</source>
        <translation>джерело {number} не має назви</translation>
    </message>
    <message>
        <source>source {number}: grade &apos;{grade}&apos; should look like B2</source>
        <translation>джерело {number}: оцінка «{grade}» має виглядати як B2</translation>
    </message>
    <message>
        <source>item {number}: quantity {problem}</source>
        <translation>пункт {number}: кількість {problem}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has an empty name between the &apos;{separator}&apos; signs</source>
        <translation>у «{text}» порожня назва між знаками «{separator}»</translation>
    </message>
    <message>
        <source>the CSV is malformed here ({detail}); reading stopped</source>
        <translation>тут CSV пошкоджено ({detail}); читання зупинено</translation>
    </message>
    <message>
        <source>a quote opened here is never closed; reading stopped</source>
        <translation>відкриті тут лапки ніде не закрито; читання зупинено</translation>
    </message>
    <message>
        <source>has {cells} cells where the header has {width} (a stray separator or an unclosed quote?)</source>
        <translation>клітинок: {cells}, а в заголовку — {width} (зайвий роздільник або незакриті лапки?)</translation>
    </message>
    <message>
        <source>the file is empty: there are no incidents to import</source>
        <translation>файл порожній: імпортувати нічого</translation>
    </message>
    <message>
        <source>the header is malformed ({detail})</source>
        <translation>заголовок пошкоджено ({detail})</translation>
    </message>
    <message>
        <source>the columns are separated by {separator}, not commas; read that way</source>
        <translation>стовпці розділено не комами, а {separator}; прочитано так</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>крапками з комою</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>табуляціями</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>вертикальними рисками</translation>
    </message>
    <message>
        <source>the column appears twice in the header (columns {one} and {two})</source>
        <translation>стовпець двічі трапляється в заголовку (стовпці {one} і {two})</translation>
    </message>
    <message>
        <source>this is not an ACLED event file (no event_id_cnty header)</source>
        <translation>це не файл подій ACLED (немає заголовка event_id_cnty)</translation>
    </message>
    <message>
        <source>the header has no column {names}</source>
        <translation>у заголовку немає стовпця {names}</translation>
    </message>
    <message>
        <source>the header has no column {names} (this is an ACLED file: import it as ACLED)</source>
        <translation>у заголовку немає стовпця {names} (це файл ACLED: імпортуйте його як ACLED)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>прочитано %Ln рядок</numerusform>
            <numerusform>прочитано %Ln рядки</numerusform>
            <numerusform>прочитано %Ln рядків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) read</source>
        <translation>
            <numerusform>прочитано %Ln інцидент</numerusform>
            <numerusform>прочитано %Ln інциденти</numerusform>
            <numerusform>прочитано %Ln інцидентів</numerusform>
        </translation>
    </message>
    <message>
        <source>lists or objects are nested too deeply (at most {limit} levels)</source>
        <translation>списки або об’єкти вкладено надто глибоко (не більше {limit} рівнів)</translation>
    </message>
    <message>
        <source>a number of {digits:,} digits</source>
        <translation>число з {digits:,} цифр</translation>
    </message>
    <message>
        <source>not valid JSON: {problem} (column {column})</source>
        <translation>неправильний JSON: {problem} (стовпчик {column})</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>очікувалося значення</translation>
    </message>
    <message>
        <source>a JSON object (&apos;{&apos;) was expected</source>
        <translation>очікувався об’єкт JSON («{»)</translation>
    </message>
    <message>
        <source>a property name in double quotes was expected</source>
        <translation>очікувалася назва властивості в подвійних лапках</translation>
    </message>
    <message>
        <source>&apos;:&apos; was expected</source>
        <translation>очікувалося «:»</translation>
    </message>
    <message>
        <source>&apos;,&apos; was expected</source>
        <translation>очікувалося «,»</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; was expected</source>
        <translation>очікувалося «,» або «}»</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; was expected</source>
        <translation>очікувалося «,» або «]»</translation>
    </message>
    <message>
        <source>a text is never closed</source>
        <translation>текст ніде не закрито лапками</translation>
    </message>
    <message>
        <source>a text holds a control character (a line break or tab not escaped)</source>
        <translation>у тексті керівний символ (неекранований перехід рядка чи табуляція)</translation>
    </message>
    <message>
        <source>a text holds a bad \ escape</source>
        <translation>у тексті неправильна послідовність із \</translation>
    </message>
    <message>
        <source>there is more after the document&apos;s end</source>
        <translation>після кінця документа є ще щось</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>Could not back up {path} to {folder}: {problem}. No backup was written; the database itself is unchanged.</source>
        <translation>Не вдалося зробити резервну копію {path} у {folder}: {problem}. Копію не записано; сама база даних не змінилася.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заповнений</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>За шляхом {path} немає бази даних для резервного копіювання.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Теки {path} не існує.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>За шляхом {path} немає файлу резервної копії.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {problems}.</source>
        <translation>{path} не можна відновити: {problems}.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Базу даних не можна відновити з неї самої.</translation>
    </message>
    <message>
        <source>{path} is in a folder that cannot be written, so a backup cannot be restored into it. Restore it as a new file somewhere else instead.</source>
        <translation>{path} лежить у теці, до якої не можна записувати, тому відновити в неї копію не можна. Відновіть її як новий файл в іншому місці.</translation>
    </message>
    <message>
        <source>Restoring {name} failed ({problem}). The database is as it was.</source>
        <translation>Відновити {name} не вдалося ({problem}). База даних залишилася такою, як була.</translation>
    </message>
    <message>
        <source>Restoring {name} failed ({problem}). The database is as it was; a copy of it is in {copy}.</source>
        <translation>Відновити {name} не вдалося ({problem}). База даних залишилася такою, як була; її копія — у {copy}.</translation>
    </message>
    <message>
        <source>{path} already exists; it was not overwritten.</source>
        <translation>{path} уже існує; файл не перезаписано.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Nothing from this change was saved; everything saved before is intact. Free some space and try again.</source>
        <translation>Диск із {path} заповнений. З цієї зміни нічого не збережено; усе збережене раніше ціле. Звільніть місце й спробуйте знову.</translation>
    </message>
    <message>
        <source>The disk reported an error while using {path} ({detail}). Nothing from this change was saved; everything saved before is intact. Check the disk (or network drive) and try again.</source>
        <translation>Диск повідомив про помилку під час роботи з {path} ({detail}). З цієї зміни нічого не збережено; усе збережене раніше ціле. Перевірте диск (або мережевий диск) і спробуйте знову.</translation>
    </message>
    <message>
        <source>{path} cannot be written (the file, its folder or the disk is read-only). Nothing from this change was saved; everything saved before is intact.</source>
        <translation>У {path} не можна записати (файл, його тека або диск лише для читання). З цієї зміни нічого не збережено; усе збережене раніше ціле.</translation>
    </message>
    <message>
        <source>Another program (perhaps a second copy of Incident Logger) kept {path} busy for more than {seconds} seconds. Nothing from this change was saved; everything saved before is intact. Try again.</source>
        <translation>Інша програма (можливо, друга копія Incident Logger) займала {path} довше за {seconds} с. З цієї зміни нічого не збережено; усе збережене раніше ціле. Спробуйте знову.</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). Restore a backup (File › Backups) or open another database; the damaged file is left as it is.</source>
        <translation>{path} пошкоджено ({detail}). Відновіть резервну копію (Файл › Резервні копії) або відкрийте іншу базу; пошкоджений файл залишено як є.</translation>
    </message>
    <message>
        <source>Cannot open {path} ({detail}).</source>
        <translation>Не вдається відкрити {path} ({detail}).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}.</source>
        <translation>Не вдається прочитати {path}: {detail}.</translation>
    </message>
    <message>
        <source>{path} is not an Incident Logger database: it is not an SQLite database at all (another kind of file, an encrypted file, or one overwritten by mistake). The file was left exactly as it is.</source>
        <translation>{path} — не база Incident Logger: це взагалі не база SQLite (файл іншого типу, зашифрований або помилково перезаписаний). Файл залишено точно таким, як був.</translation>
    </message>
    <message>
        <source>{path} is cut off after {size} bytes. The file was left exactly as it is.</source>
        <translation>{path} обривається після {size} байтів. Файл залишено точно таким, як був.</translation>
    </message>
    <message>
        <source>{path} is damaged: it is shorter than it should be ({size:,} of {expected:,} bytes), probably cut off while being copied or saved. Restore a backup or open another file. The file was left exactly as it is.</source>
        <translation>{path} пошкоджено: він коротший, ніж має бути ({size:,} з {expected:,} байтів), імовірно, обірваний під час копіювання чи збереження. Відновіть резервну копію або відкрийте інший файл. Файл залишено точно таким, як був.</translation>
    </message>
    <message>
        <source>{path} is damaged: its table definitions are unreadable ({detail}). Restore a backup or open another file. The file was left exactly as it is.</source>
        <translation>{path} пошкоджено: описи його таблиць не читаються ({detail}). Відновіть резервну копію або відкрийте інший файл. Файл залишено точно таким, як був.</translation>
    </message>
    <message>
        <source>{path} has schema version {version}, but this release of Incident Logger knows only up to {known}: it was written by a newer release. Open it with that release. The file was left exactly as it is.</source>
        <translation>У {path} версія схеми {version}, а цей випуск Incident Logger знає лише до {known}: файл записано новішим випуском. Відкрийте його тим випуском. Файл залишено точно таким, як був.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database, but not one of Incident Logger&apos;s (it belongs to another program). The file was left exactly as it is.</source>
        <translation>{path} — база SQLite, але не Incident Logger (вона належить іншій програмі). Файл залишено точно таким, як був.</translation>
    </message>
    <message>
        <source>{path} was written by an older release and needs an upgrade, but it cannot be written here. Copy it to a folder you can write and open the copy.</source>
        <translation>{path} записано старішим випуском, і його треба оновити, але записувати сюди не можна. Скопіюйте його в теку, доступну для запису, і відкрийте копію.</translation>
    </message>
    <message>
        <source>{path} is damaged: SQLite&apos;s check found {found} problems (incident-logger check --verbose lists them). Restore a backup, salvage what can be read (incident-logger salvage), or open another file. The file was left exactly as it is.</source>
        <translation>{path} пошкоджено: перевірка SQLite знайшла проблем: {found} (їх перелічує incident-logger check --verbose). Відновіть резервну копію, врятуйте те, що читається (incident-logger salvage), або відкрийте інший файл. Файл залишено точно таким, як був.</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a database ({detail}). Restore a backup or open another file. The file was left exactly as it is.</source>
        <translation>{path} пошкоджено або це не база ({detail}). Відновіть резервну копію або відкрийте інший файл. Файл залишено точно таким, як був.</translation>
    </message>
    <message>
        <source>{path} is open read-only, so nothing can be changed. {why}</source>
        <translation>{path} відкрито лише для читання, тому нічого не можна змінити. {why}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} — тека, а не файл бази.</translation>
    </message>
    <message>
        <source>Cannot create a database in {folder}: the folder cannot be written. Choose another place for it.</source>
        <translation>Не вдається створити базу в {folder}: у цю теку не можна записувати. Виберіть для неї інше місце.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} не існує.</translation>
    </message>
    <message>
        <source>{path} needs an upgrade to this release&apos;s format, but a backup could not be written first ({detail}). Nothing was changed. Free some disk space or check the backup folder {folder}, then try again.</source>
        <translation>{path} треба оновити до формату цього випуску, але спершу не вдалося записати резервну копію ({detail}). Нічого не змінено. Звільніть місце на диску або перевірте теку копій {folder} і спробуйте знову.</translation>
    </message>
    <message>
        <source>{path} cannot be read here: its folder cannot be written and it has unsaved changes in {name}-wal, which SQLite can only read from a writable folder. A private copy could not be made either ({detail}). Copy the file and its -wal to a folder you can write and open the copy.</source>
        <translation>{path} тут не прочитати: у його теку не можна записувати, а в {name}-wal є незбережені зміни, які SQLite читає лише з теки, доступної для запису. Власну копію зробити теж не вдалося ({detail}). Скопіюйте файл і його -wal у теку, доступну для запису, і відкрийте копію.</translation>
    </message>
    <message>
        <source>This database was opened read-only.</source>
        <translation>Цю базу відкрито лише для читання.</translation>
    </message>
    <message>
        <source>The folder {folder} (or the file itself) cannot be written, so the database is open read-only: you can search, read and export, but not change anything.</source>
        <translation>У теку {folder} (або в сам файл) не можна записувати, тому базу відкрито лише для читання: можна шукати, читати й експортувати, але нічого не змінювати.</translation>
    </message>
    <message>
        <source>{path} is open read-only.</source>
        <translation>{path} відкрито лише для читання.</translation>
    </message>
    <message>
        <source>{path} cannot be written here.</source>
        <translation>У {path} тут не можна записувати.</translation>
    </message>
    <message>
        <source>{why} It was opened read-only from a private copy (with the changes in its -wal), deleted when it is closed.</source>
        <translation>{why} Її відкрито лише для читання з власної копії (зі змінами з її -wal), яку видаляють під час закриття.</translation>
    </message>
    <message>
        <source>{path} is open read-only; nothing can be imported. {why}</source>
        <translation>{path} відкрито лише для читання; імпортувати нічого не можна. {why}</translation>
    </message>
    <message>
        <source>there is no database at {path}</source>
        <translation>за адресою {path} немає бази</translation>
    </message>
    <message>
        <source>cannot open {path}: {problem}</source>
        <translation>не вдається відкрити {path}: {problem}</translation>
    </message>
    <message>
        <source>SQLite&apos;s check: {line}</source>
        <translation>перевірка SQLite: {line}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) point at records that do not exist</source>
        <translation>
            <numerusform>%Ln рядок посилається на записи, яких немає</numerusform>
            <numerusform>%Ln рядки посилаються на записи, яких немає</numerusform>
            <numerusform>%Ln рядків посилаються на записи, яких немає</numerusform>
        </translation>
    </message>
    <message>
        <source>schema version {found}, this release expects {expected}</source>
        <translation>версія схеми {found}, цей випуск очікує {expected}</translation>
    </message>
    <message>
        <source>the search index holds {indexed} documents for {incidents} incidents</source>
        <translation>у пошуковому індексі документів: {indexed}, а інцидентів: {incidents}</translation>
    </message>
    <message>
        <source>not a usable Incident Logger database: {detail}</source>
        <translation>непридатна база Incident Logger: {detail}</translation>
    </message>
    <message>
        <source>the search index&apos;s own check was skipped: it needs a file that can be written</source>
        <translation>власну перевірку пошукового індексу пропущено: їй потрібен файл, доступний для запису</translation>
    </message>
    <message>
        <source>search index: {detail}</source>
        <translation>пошуковий індекс: {detail}</translation>
    </message>
    <message>
        <source>it was written by a newer release (schema {found}); this one knows up to {known}</source>
        <translation>її записано новішим випуском (схема {found}); цей знає лише до {known}</translation>
    </message>
    <message>
        <source>it is not an Incident Logger database</source>
        <translation>це не база Incident Logger</translation>
    </message>
    <message>
        <source>{database} is a team database on a PostgreSQL server, and salvage only rescues what a damaged database file still holds. A server keeps its own data safe: after a crash it recovers by itself. To go back to an earlier state, ask the database&apos;s administrator to restore a backup with pg_restore (&apos;incident-logger --db URL backup&apos; writes one with pg_dump). To keep a copy of your own, run &apos;incident-logger copy URL FILE&apos;.</source>
        <translation>{database} — спільна база даних на сервері PostgreSQL, а порятунок (salvage) видобуває лише те, що ще читається в пошкодженому файлі бази даних. Сервер сам береже свої дані: після збою він відновлюється сам. Щоб повернутися до попереднього стану, попросіть адміністратора бази даних відновити резервну копію командою pg_restore (&apos;incident-logger --db URL backup&apos; робить її через pg_dump). Щоб зберегти власну копію, виконайте &apos;incident-logger copy URL FILE&apos;.</translation>
    </message>
    <message>
        <source>period start: {problem}</source>
        <translation>початок періоду: {problem}</translation>
    </message>
    <message>
        <source>period end: {problem}</source>
        <translation>кінець періоду: {problem}</translation>
    </message>
    <message>
        <source>the period starts ({start}) after it ends ({end})</source>
        <translation>період починається ({start}) пізніше, ніж закінчується ({end})</translation>
    </message>
    <message>
        <source>{field}: is too long ({length:,} characters, at most {limit:,})</source>
        <translation>{field}: задовге ({length:,} симв., не більше {limit:,})</translation>
    </message>
    <message>
        <source>{problem} at position {position}</source>
        <translation>{problem} (позиція {position})</translation>
    </message>
    <message>
        <source>{problem} at position {position}: {hint}</source>
        <translation>{problem} (позиція {position}): {hint}</translation>
    </message>
    <message>
        <source>{problem}: {hint}</source>
        <translation>{problem}: {hint}</translation>
    </message>
    <message>
        <source>&apos;=&apos; on its own</source>
        <translation>«=» окремо від слова</translation>
    </message>
    <message>
        <source>put it right before a word: =Брянской</source>
        <translation>ставте його впритул перед словом: =Брянской</translation>
    </message>
    <message>
        <source>remove it</source>
        <translation>видаліть це</translation>
    </message>
    <message>
        <source>Unknown field &apos;{name}&apos;</source>
        <translation>Невідоме поле «{name}»</translation>
    </message>
    <message>
        <source>known fields: {names} (quote the word to search for it as text)</source>
        <translation>відомі поля: {names} (візьміть слово в лапки, щоб шукати його як текст)</translation>
    </message>
    <message>
        <source>Empty value after &apos;{name}:&apos;</source>
        <translation>Порожнє значення після «{name}:»</translation>
    </message>
    <message>
        <source>Bad value &apos;{value}&apos; for {field}</source>
        <translation>Хибне значення «{value}» для {field}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a real date</source>
        <translation>«{value}» — неіснуюча дата</translation>
    </message>
    <message>
        <source>Nothing after &apos;{text}&apos;</source>
        <translation>Нічого після «{text}»</translation>
    </message>
    <message>
        <source>put a term after it or remove it</source>
        <translation>додайте після нього умову або приберіть його</translation>
    </message>
    <message>
        <source>put a term before it or remove it</source>
        <translation>додайте перед ним умову або приберіть його</translation>
    </message>
    <message>
        <source>Too many nested parentheses</source>
        <translation>Забагато вкладених дужок</translation>
    </message>
    <message>
        <source>simplify</source>
        <translation>спростіть</translation>
    </message>
    <message>
        <source>Empty parentheses</source>
        <translation>Порожні дужки</translation>
    </message>
    <message>
        <source>put terms inside</source>
        <translation>напишіть щось усередині</translation>
    </message>
    <message>
        <source>Unclosed parenthesis</source>
        <translation>Незакрита дужка</translation>
    </message>
    <message>
        <source>add a closing )</source>
        <translation>додайте закривну )</translation>
    </message>
    <message>
        <source>Unmatched )</source>
        <translation>Зайва )</translation>
    </message>
    <message>
        <source>remove it or add an opening (</source>
        <translation>видаліть її або додайте відкривну (</translation>
    </message>
    <message>
        <source>&apos;{name}:&apos; applies to incidents, not count reports</source>
        <translation>«{name}:» стосується інцидентів, а не зведень</translation>
    </message>
    <message>
        <source>count reports know source:, region:, from:, to:, reliability: and words</source>
        <translation>у зведеннях шукають source:, region:, from:, to:, reliability: і слова</translation>
    </message>
    <message>
        <source>No place is named &apos;{text}&apos;.</source>
        <translation>Немає місця з назвою «{text}».</translation>
    </message>
    <message>
        <source>No category is named &apos;{value}&apos;.</source>
        <translation>Немає категорії з назвою «{value}».</translation>
    </message>
    <message>
        <source>No source name contains &apos;{value}&apos;.</source>
        <translation>У жодній назві джерела немає «{value}».</translation>
    </message>
    <message>
        <source>count statements: all in the period; the search applies to incidents</source>
        <translation>зведення: усі за період; пошук стосується інцидентів</translation>
    </message>
    <message>
        <source>region or place, e.g. region:Калуга or place:&quot;Нижний Новгород&quot;</source>
        <translation>регіон або місце, наприклад region:Калуга або place:&quot;Нижний Новгород&quot;</translation>
    </message>
    <message>
        <source>incident category, e.g. category:interception</source>
        <translation>категорія інциденту, наприклад category:interception</translation>
    </message>
    <message>
        <source>one of reported, confirmed, disputed, closed</source>
        <translation>одне з: reported, confirmed, disputed, closed</translation>
    </message>
    <message>
        <source>the weapon or cause: drone, missile, artillery, aircraft, sabotage, unknown</source>
        <translation>зброя або причина: drone, missile, artillery, aircraft, sabotage, unknown</translation>
    </message>
    <message>
        <source>name of a reporting source, e.g. source:ministry</source>
        <translation>назва джерела, наприклад source:ministry</translation>
    </message>
    <message>
        <source>a tag, e.g. tag:night</source>
        <translation>мітка, наприклад tag:night</translation>
    </message>
    <message>
        <source>reliability A-F and credibility 1-6 together, e.g. grade:B2</source>
        <translation>надійність A-F і достовірність 1-6 разом, наприклад grade:B2</translation>
    </message>
    <message>
        <source>source reliability A-F (A best), optionally compared: reliability:&lt;=B</source>
        <translation>надійність джерела A-F (A найкраща), можна порівнювати: reliability:&lt;=B</translation>
    </message>
    <message>
        <source>information credibility 1-6 (1 best), optionally compared: credibility:&lt;=2</source>
        <translation>достовірність відомостей 1-6 (1 найкраща), можна порівнювати: credibility:&lt;=2</translation>
    </message>
    <message>
        <source>on or after a date, e.g. from:2026-09-01 or from:2026-09-01T06:00</source>
        <translation>з дати, наприклад from:2026-09-01 або from:2026-09-01T06:00</translation>
    </message>
    <message>
        <source>on or before a date, e.g. to:2026-09-12 or to:2026-09-12T18:30</source>
        <translation>по дату, наприклад to:2026-09-12 або to:2026-09-12T18:30</translation>
    </message>
    <message>
        <source>a number, optionally compared (injuries:&gt;0), or injuries:unknown</source>
        <translation>число, можна порівнювати (injuries:&gt;0), або injuries:unknown</translation>
    </message>
    <message>
        <source>a number, optionally compared (fatalities:&gt;=3), or fatalities:unknown</source>
        <translation>число, можна порівнювати (fatalities:&gt;=3), або fatalities:unknown</translation>
    </message>
    <message>
        <source>one of damage, coords, sources, tags, narrative, injuries, fatalities</source>
        <translation>одне з: damage, coords, sources, tags, narrative, injuries, fatalities</translation>
    </message>
    <message>
        <source>yes (only deleted incidents) or no</source>
        <translation>yes (лише видалені інциденти) або no</translation>
    </message>
    <message>
        <source>an incident number, e.g. id:123 or ref:INC-000123</source>
        <translation>номер інциденту, наприклад id:123 або ref:INC-000123</translation>
    </message>
    <message>
        <source>Nothing before &apos;{text}&apos;</source>
        <translation>Нічого перед «{text}»</translation>
    </message>
    <message>
        <source>Unexpected end of query</source>
        <translation>Запит несподівано закінчився</translation>
    </message>
    <message>
        <source>add a term</source>
        <translation>додайте слово</translation>
    </message>
    <message>
        <source>Query too long</source>
        <translation>Задовгий запит</translation>
    </message>
    <message>
        <source>it has {length:,} characters and the limit is {limit:,}; shorten it</source>
        <translation>у ньому {length:,} симв., а межа — {limit:,}; скоротіть його</translation>
    </message>
    <message>
        <source>Not a character</source>
        <translation>Це не символ</translation>
    </message>
    <message>
        <source>retype this part of the query</source>
        <translation>наберіть цю частину запиту знову</translation>
    </message>
</context>
<context>
    <name>NewPlaceDialog</name>
    <message>
        <source>New place</source>
        <translation>Нове місце</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Назва місця</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Вид місця</translation>
    </message>
    <message>
        <source>Inside (parent place)</source>
        <translation>Входить до (вищого місця)</translation>
    </message>
    <message>
        <source>The region or district it lies in (any spelling)</source>
        <translation>Регіон або район, у якому воно розташоване (будь-яке написання)</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Інші написання</translation>
    </message>
    <message>
        <source>Other spellings, separated by commas</source>
        <translation>Інші написання через кому</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Inside</source>
        <translation>&amp;Входить до</translation>
    </message>
    <message>
        <source>&amp;Also known as</source>
        <translation>&amp;Інші назви</translation>
    </message>
    <message>
        <source>Inside: choose a suggested place, or leave it empty</source>
        <translation>Входить до: виберіть запропоноване місце або залиште порожнім</translation>
    </message>
</context>
<context>
    <name>NewSourceDialog</name>
    <message>
        <source>New source</source>
        <translation>Нове джерело</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Назва джерела</translation>
    </message>
    <message>
        <source>e.g. Governor of Kaluga Oblast (Telegram)</source>
        <translation>наприклад Губернатор Калузької області (Telegram)</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Вид джерела</translation>
    </message>
    <message>
        <source>Reliability grade</source>
        <translation>Оцінка надійності</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation>&amp;Надійність</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Посилання</translation>
    </message>
</context>
<context>
    <name>OpenProgress</name>
    <message>
        <source>Upgrading the database</source>
        <translation>Оновлення бази даних</translation>
    </message>
    <message>
        <source>Upgrading {file}: {step}
{done:,} of {total:,}</source>
        <translation>Оновлення {file}: {step}
{done:,} з {total:,}</translation>
    </message>
    <message>
        <source>Upgrading {file}: {step}…</source>
        <translation>Оновлення {file}: {step}…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Відкриття бази даних</translation>
    </message>
</context>
<context>
    <name>OutputPicker</name>
    <message>
        <source>Output file</source>
        <translation>Файл для запису</translation>
    </message>
    <message>
        <source>Where to save the PDF</source>
        <translation>Куди зберегти PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Виберіть файл для запису</translation>
    </message>
    <message>
        <source>Save briefing as</source>
        <translation>Зберегти довідку як</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PaperChoice</name>
    <message>
        <source>Paper size</source>
        <translation>Формат паперу</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 мм)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 дюймів)</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>New from statement</source>
        <translation>Нове з повідомлення</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Paste a governor&apos;s post, a ministry&apos;s tally or a news item (ru, uk, en)</source>
        <translation>Вставте допис губернатора, зведення міністерства чи новину (ru, uk, en)</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Розібрати</translation>
    </message>
    <message>
        <source>The statement:</source>
        <translation>Повідомлення:</translation>
    </message>
</context>
<context>
    <name>PeriodEdit</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;З</translation>
    </message>
    <message>
        <source>Limit the period start</source>
        <translation>Обмежити початок періоду</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Початок періоду</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>Limit the period end</source>
        <translation>Обмежити кінець періоду</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Кінець періоду</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без обмеження</translation>
    </message>
    <message>
        <source>The period ends before it starts: pick a later end or an earlier start.</source>
        <translation>Період закінчується раніше, ніж починається: виберіть пізніший кінець або раніший початок.</translation>
    </message>
</context>
<context>
    <name>PlaceEditor</name>
    <message>
        <source>Place name</source>
        <translation>Назва місця</translation>
    </message>
    <message>
        <source>e.g. Калужская область</source>
        <translation>наприклад Калузька область</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Вид місця</translation>
    </message>
    <message>
        <source>Inside (parent place)</source>
        <translation>Входить до (вищого місця)</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Код країни</translation>
    </message>
    <message>
        <source>ISO 3166-2 code</source>
        <translation>Код ISO 3166-2</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Довгота</translation>
    </message>
    <message>
        <source>Other names, one per line</source>
        <translation>Інші назви, по одній у рядку</translation>
    </message>
    <message>
        <source>One per line: Kaluga Oblast, Kaluzhskaya oblast</source>
        <translation>По одному в рядку: Калузька область, Kaluga Oblast</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Inside</source>
        <translation>&amp;Входить до</translation>
    </message>
    <message>
        <source>Country / &amp;ISO</source>
        <translation>Країна / &amp;ISO</translation>
    </message>
    <message>
        <source>&amp;Coordinates</source>
        <translation>&amp;Координати</translation>
    </message>
    <message>
        <source>&amp;Other names</source>
        <translation>&amp;Інші назви</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(верхній рівень)</translation>
    </message>
    <message>
        <source>pick a place from the list (any of its names)</source>
        <translation>виберіть місце зі списку (за будь-якою з назв)</translation>
    </message>
    <message>
        <source>type a decimal number</source>
        <translation>введіть десяткове число</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Type a city, district or region (any spelling)</source>
        <translation>Введіть місто, район чи регіон (будь-яке написання)</translation>
    </message>
    <message>
        <source>Add a new place</source>
        <translation>Додати нове місце</translation>
    </message>
    <message>
        <source>Add a new place…</source>
        <translation>Додати нове місце…</translation>
    </message>
    <message>
        <source>Add a new place… ({keys})</source>
        <translation>Додати нове місце… ({keys})</translation>
    </message>
    <message>
        <source>Where the chosen place lies</source>
        <translation>Де розташоване вибране місце</translation>
    </message>
    <message>
        <source>Not in the gazetteer yet: choose from the list or add it (+)</source>
        <translation>Цього місця ще немає в довіднику: виберіть зі списку або додайте (+)</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>Incidents in this place</source>
        <translation>Інциденти в цьому місці</translation>
    </message>
    <message>
        <source>Select a place to see the incidents in it and inside it.</source>
        <translation>Виберіть місце, щоб побачити інциденти в ньому і в місцях, що до нього входять.</translation>
    </message>
    <message>
        <source>Add regions of a country…</source>
        <translation>Додати регіони країни…</translation>
    </message>
    <message>
        <source>Add a country&apos;s regions from ISO 3166-2</source>
        <translation>Додати регіони країни з ISO 3166-2</translation>
    </message>
    <message>
        <source>place</source>
        <translation>місце</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s)</source>
        <translation>
            <numerusform>%Ln місце</numerusform>
            <numerusform>%Ln місця</numerusform>
            <numerusform>%Ln місць</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Код ISO</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Інші назви</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>Нове місце</translation>
    </message>
    <message>
        <source>No places in the trash</source>
        <translation>У кошику немає місць</translation>
    </message>
    <message>
        <source>The gazetteer is empty</source>
        <translation>Довідник місць порожній</translation>
    </message>
    <message>
        <source>Press Ctrl+N to add a place, or use “Add regions of a country…” to start from the ISO 3166-2 list.</source>
        <translation>Натисніть Ctrl+N, щоб додати місце, або «Додати регіони країни…», щоб почати зі списку ISO 3166-2.</translation>
    </message>
    <message>
        <source>Add regions of a country</source>
        <translation>Додати регіони країни</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>{0}: added {1} places, {2} were already there.</source>
        <translation>{0}: додано місць — {1}, уже були — {2}.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>{0} list</source>
        <translation>Список: {0}</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>Створити: {0}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Move the {0} to the trash</source>
        <translation>Перемістити до кошика: {0}</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Кошик</translation>
    </message>
    <message>
        <source>Show {0}s in the trash</source>
        <translation>Показати в кошику: {0}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Take the {0} out of the trash</source>
        <translation>Повернути з кошика: {0}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Зберегти (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Discard the changes typed since the last save</source>
        <translation>Скасувати зміни з останнього збереження</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>The {noun}</source>
        <translation>{noun}</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>Не збережено: виправте поля, позначені червоним.</translation>
    </message>
    <message>
        <source>Saved the {0}.</source>
        <translation>Збережено: {0}.</translation>
    </message>
    <message>
        <source>Loaded the version saved by someone else.</source>
        <translation>Завантажено версію, збережену іншим користувачем.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Не збережено: {0}</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Зміни скасовано.</translation>
    </message>
    <message>
        <source>Cannot move to the trash</source>
        <translation>Не вдалося перемістити до кошика</translation>
    </message>
    <message>
        <source>Moved the {0} to the trash.</source>
        <translation>До кошика переміщено: {0}.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>What you typed is still in the form. Try again, or copy it somewhere safe.</source>
        <translation>Усе введене лишилося у формі. Спробуйте ще раз або скопіюйте текст у надійне місце.</translation>
    </message>
    <message>
        <source>Moving to the trash…</source>
        <translation>Переміщення до кошика…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Відновлення…</translation>
    </message>
    <message>
        <source>Restored the {0}.</source>
        <translation>Відновлено: {0}.</translation>
    </message>
    <message>
        <source>Nothing changed: {0}</source>
        <translation>Нічого не змінено: {0}</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Нічого не змінено</translation>
    </message>
    <message>
        <source>record</source>
        <translation>запис</translation>
    </message>
    <message>
        <source> in the trash</source>
        <translation> у кошику</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln запис</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Incident Logger cannot open the database</source>
        <translation>Incident Logger не може відкрити базу даних</translation>
    </message>
    <message>
        <source>Nothing has been changed in {name}. Choose how to go on:</source>
        <translation>У {name} нічого не змінено. Виберіть, що робити далі:</translation>
    </message>
    <message>
        <source>Backups of this database</source>
        <translation>Резервні копії цієї бази даних</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln incident(s)</source>
        <translation>
            <numerusform>, %Ln інцидент</numerusform>
            <numerusform>, %Ln інциденти</numerusform>
            <numerusform>, %Ln інцидентів</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup</source>
        <translation>&amp;Відновити вибрану копію</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Відновити з копії…</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Відкрити інший файл…</translation>
    </message>
    <message>
        <source>Create a &amp;new database…</source>
        <translation>Створити &amp;нову базу даних…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>Open it with the newer release of Incident Logger; this one would lose what the newer one added. You can also open another file or start a new database.</source>
        <translation>Відкрийте її новішою версією Incident Logger: ця версія втратила б те, що додала нова. Можна також відкрити інший файл або створити нову базу даних.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Виберіть копію</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Відновити з копії</translation>
    </message>
    <message>
        <source>The damaged file was kept as {name}.</source>
        <translation>Пошкоджений файл збережено як {name}.</translation>
    </message>
    <message>
        <source>The damaged file was left where it is.</source>
        <translation>Пошкоджений файл залишено на місці.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Копію відновлено</translation>
    </message>
    <message>
        <source>The backup is now the database at {path}. {where}</source>
        <translation>Копія тепер стала базою даних {path}. {where}</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Відкрити базу даних</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Створити нову базу даних</translation>
    </message>
    <message>
        <source>{name} already exists; choose a new name so nothing is overwritten.</source>
        <translation>{name} уже існує; виберіть нове ім’я, щоб нічого не перезаписати.</translation>
    </message>
</context>
<context>
    <name>RegionTotalsModel</name>
    <message>
        <source>Not attributed to a region</source>
        <translation>Без зазначення регіону</translation>
    </message>
    <message>
        <source>The part of each source&apos;s stated totals it gave no region for</source>
        <translation>Частина заявлених підсумків кожного джерела, не віднесена до жодного регіону</translation>
    </message>
    <message>
        <source>Stated total</source>
        <translation>Заявлений підсумок</translation>
    </message>
    <message>
        <source>The totals the sources stated for the period, regions and remainder</source>
        <translation>Підсумки, заявлені джерелами за період, за регіонами і залишок</translation>
    </message>
    <message>
        <source>{0} of {1} reports stated no total</source>
        <translation>{0} з {1} зведень без загального підсумку</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфлікти</translation>
    </message>
    <message>
        <source>{0} gave no figure for {1}</source>
        <translation>{0} не навело число для {1}</translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} in %Ln report(s)</source>
        <translation>
            <numerusform>{0}: {1} у %Ln зведенні</numerusform>
            <numerusform>{0}: {1} у %Ln зведеннях</numerusform>
            <numerusform>{0}: {1} у %Ln зведеннях</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} {1} vs {2} {3}</source>
        <translation>{0}: {1}, а {2}: {3}</translation>
    </message>
    <message>
        <source>Sources disagree on {0} for overlapping periods: {1}</source>
        <translation>Джерела розходяться щодо регіону {0} за періоди, що перетинаються: {1}</translation>
    </message>
</context>
<context>
    <name>RegionTotalsView</name>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Totals period {0}</source>
        <translation>Період підсумків {0}</translation>
    </message>
    <message>
        <source>What was counted</source>
        <translation>Що рахували</translation>
    </message>
    <message>
        <source>Everything counted</source>
        <translation>Усе підраховане</translation>
    </message>
    <message>
        <source>Only regions where sources &amp;disagree</source>
        <translation>Лише регіони, де джерела &amp;розходяться</translation>
    </message>
    <message>
        <source>Only regions where sources disagree</source>
        <translation>Лише регіони, де джерела розходяться</translation>
    </message>
    <message>
        <source>Totals summary</source>
        <translation>Зведення підсумків</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Обчислення…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;З</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <source>Period of the reports &amp;shown</source>
        <translation>Період &amp;показаних зведень</translation>
    </message>
    <message>
        <source>From the earliest to the latest day the listed count reports cover</source>
        <translation>З найранішого по найпізніший день, охоплений зведеннями списку</translation>
    </message>
    <message>
        <source>Totals per region by source</source>
        <translation>Підсумки за регіонами і джерелами</translation>
    </message>
    <message>
        <source>Reports behind the selected region</source>
        <translation>Зведення щодо вибраного регіону</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Оприлюднено</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Охоплений період</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Що рахували</translation>
    </message>
    <message>
        <source>Select a region to see the reports behind it</source>
        <translation>Виберіть регіон, щоб побачити його зведення</translation>
    </message>
    <message>
        <source>Another source gave a different count for an overlapping period</source>
        <translation>Інше джерело назвало інше число за період, що перетинається</translation>
    </message>
    <message>
        <source>Reports behind {0}</source>
        <translation>Зведення щодо регіону {0}</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Період закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <source>No count report that matches the search covers this period.</source>
        <translation>Немає зведень за цей період, що відповідають пошуку.</translation>
    </message>
    <message>
        <source>No count report covers this period.</source>
        <translation>Немає зведень за цей період.</translation>
    </message>
    <message>
        <source>{0} regions; sources disagree on {1} (highlighted): their reports for overlapping periods give different counts. Totals sum each source&apos;s reports that overlap the chosen dates.</source>
        <translation>Регіонів: {0}; джерела розходяться щодо {1} (виділено): їхні зведення за періоди, що перетинаються, дають різні числа. Підсумки складають зведення кожного джерела, що перетинаються з вибраними датами.</translation>
    </message>
    <message>
        <source>{0} regions; the sources agree everywhere.</source>
        <translation>Регіонів: {0}; джерела скрізь збігаються.</translation>
    </message>
    <message>
        <source>Reports matching “{0}”: {1}</source>
        <translation>Зведення, що відповідають «{0}»: {1}</translation>
    </message>
    <message>
        <source>Could not compute the totals: {0}</source>
        <translation>Не вдалося підрахувати підсумки: {0}</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>Count report {0}: {1}</source>
        <translation>Зведення {0}: {1}</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search incidents</source>
        <translation>Пошук інцидентів</translation>
    </message>
    <message>
        <source>Search words, &quot;phrases&quot;, region:Калуга, from:2026-09-01, has:damage …</source>
        <translation>Слова, &quot;фрази&quot;, region:Калуга, from:2026-09-01, has:damage …</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фільтри</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Показати фільтри</translation>
    </message>
    <message>
        <source>Date range, region, category, status, grade</source>
        <translation>Період, регіон, категорія, статус, оцінка</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Збережені</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Збережені пошуки</translation>
    </message>
    <message>
        <source>Search error</source>
        <translation>Помилка пошуку</translation>
    </message>
    <message>
        <source>Search language: words match title, narrative, places and sources.</source>
        <translation>Мова пошуку: слова шукаються в заголовку, описі, місцях і джерелах.</translation>
    </message>
    <message>
        <source>Combine with spaces (and), or, -not, (parentheses).</source>
        <translation>Поєднуйте через пробіл (і), or, -не, (дужки).</translation>
    </message>
    <message>
        <source>at character {n}</source>
        <translation>у символі {n}</translation>
    </message>
    <message>
        <source>Save this search…</source>
        <translation>Зберегти цей пошук…</translation>
    </message>
    <message>
        <source>Delete a saved search</source>
        <translation>Видалити збережений пошук</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Зберегти пошук</translation>
    </message>
    <message>
        <source>Name for this search:</source>
        <translation>Назва цього пошуку:</translation>
    </message>
    <message>
        <source>Cannot save the search</source>
        <translation>Не вдалося зберегти пошук</translation>
    </message>
</context>
<context>
    <name>SearchProgress</name>
    <message>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <source>Search in progress</source>
        <translation>Триває пошук</translation>
    </message>
    <message>
        <source>Stop waiting for this search</source>
        <translation>Не чекати на цей пошук</translation>
    </message>
    <message>
        <source>Cancel the search</source>
        <translation>Скасувати пошук</translation>
    </message>
</context>
<context>
    <name>SectionChoice</name>
    <message>
        <source>&amp;Key figures</source>
        <translation>&amp;Ключові показники</translation>
    </message>
    <message>
        <source>Incidents, injuries and fatalities (with unknowns), damage by kind</source>
        <translation>Інциденти, поранені й загиблі (з невідомими), пошкодження за видами</translation>
    </message>
    <message>
        <source>Re&amp;gional counts</source>
        <translation>Дані за &amp;регіонами</translation>
    </message>
    <message>
        <source>Counts per region by source, stated totals, remainders, disagreements</source>
        <translation>Числа за регіонами і джерелами, заявлені підсумки, залишки, розбіжності</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Діаграми</translation>
    </message>
    <message>
        <source>Incidents per day or week and per category</source>
        <translation>Інциденти за днями чи тижнями і за категоріями</translation>
    </message>
    <message>
        <source>&amp;Incident list</source>
        <translation>&amp;Список інцидентів</translation>
    </message>
    <message>
        <source>Every incident in time order with its narrative, damage and sources</source>
        <translation>Усі інциденти за часом з описом, пошкодженнями і джерелами</translation>
    </message>
    <message>
        <source>Sources anne&amp;x</source>
        <translation>&amp;Додаток: джерела</translation>
    </message>
    <message>
        <source>Every cited source with its reliability grade</source>
        <translation>Усі згадані джерела з оцінкою надійності</translation>
    </message>
    <message>
        <source>F&amp;ull details</source>
        <translation>&amp;Повні записи</translation>
    </message>
    <message>
        <source>Past 200 incidents the list is a chronology, one line each; tick this to add every incident&apos;s full entry as an annex</source>
        <translation>Якщо інцидентів понад 200, список — це хронологія по рядку на інцидент; позначте, щоб додати повні записи в додаток</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Who published it? Type a name, Enter</source>
        <translation>Хто оприлюднив? Введіть назву, Enter</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <source>Source name</source>
        <translation>Назва джерела</translation>
    </message>
    <message>
        <source>e.g. Governor of Kaluga Oblast (Telegram)</source>
        <translation>наприклад Губернатор Калузької області (Telegram)</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Вид джерела</translation>
    </message>
    <message>
        <source>Reliability grade</source>
        <translation>Оцінка надійності</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation>&amp;Надійність</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Посилання</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Примітка</translation>
    </message>
</context>
<context>
    <name>SourceLinksModel</name>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>(unknown source)</source>
        <translation>(невідоме джерело)</translation>
    </message>
    <message>
        <source>Reliability {r}</source>
        <translation>Надійність {r}</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надійність</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
</context>
<context>
    <name>SourcesEditor</name>
    <message>
        <source>Source to add</source>
        <translation>Джерело для додавання</translation>
    </message>
    <message>
        <source>Type a source and press Enter</source>
        <translation>Введіть джерело й натисніть Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Add this source</source>
        <translation>Додати це джерело</translation>
    </message>
    <message>
        <source>A source not in the list yet…</source>
        <translation>Джерело, якого ще немає в списку…</translation>
    </message>
    <message>
        <source>Add a new source</source>
        <translation>Додати нове джерело</translation>
    </message>
    <message>
        <source>Sources of this incident</source>
        <translation>Джерела цього інциденту</translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation>Видалити вибране джерело</translation>
    </message>
    <message>
        <source>Reported &amp;by</source>
        <translation>&amp;Хто повідомив</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Incidents citing this source</source>
        <translation>Інциденти з посиланням на це джерело</translation>
    </message>
    <message>
        <source>Select a source to see the incidents that cite it.</source>
        <translation>Виберіть джерело, щоб побачити інциденти, що на нього посилаються.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>джерело</translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln джерело</numerusform>
            <numerusform>%Ln джерела</numerusform>
            <numerusform>%Ln джерел</numerusform>
        </translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Нове джерело</translation>
    </message>
    <message>
        <source>No sources in the trash</source>
        <translation>У кошику немає джерел</translation>
    </message>
    <message>
        <source>No sources yet</source>
        <translation>Джерел поки немає</translation>
    </message>
    <message>
        <source>Press Ctrl+N to add who reports incidents: an official&apos;s channel, a ministry, a news agency.</source>
        <translation>Натисніть Ctrl+N, щоб додати, хто повідомляє про інциденти: канал посадовця, міністерство, агенцію.</translation>
    </message>
</context>
<context>
    <name>StatementView</name>
    <message>
        <source>Statement</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Read but not trusted: check this and fill the field by hand</source>
        <translation>Розпізнано невпевнено: перевірте й заповніть поле вручну</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>The PDF embeds its fonts and can be sent to anyone; the app is not needed.</source>
        <translation>PDF містить свої шрифти, його можна надіслати будь-кому; програма для перегляду не потрібна.</translation>
    </message>
    <message>
        <source>Briefing progress</source>
        <translation>Хід підготовки довідки</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ск&amp;асувати</translation>
    </message>
    <message>
        <source>Cancel the briefing</source>
        <translation>Скасувати підготовку довідки</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>Відкрити &amp;PDF</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Відкрити PDF</translation>
    </message>
    <message>
        <source>Show in fold&amp;er</source>
        <translation>Показати в &amp;теці</translation>
    </message>
    <message>
        <source>Show the PDF in its folder</source>
        <translation>Показати PDF у його теці</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln сторінка</numerusform>
            <numerusform>%Ln сторінки</numerusform>
            <numerusform>%Ln сторінок</numerusform>
        </translation>
    </message>
    <message>
        <source>Briefing saved ({pages})</source>
        <translation>Довідку збережено ({pages})</translation>
    </message>
    <message>
        <source>Fingerprint {fp} (printed on every page)</source>
        <translation>Відбиток {fp} (друкується на кожній сторінці)</translation>
    </message>
    <message>
        <source>Cancelled. No briefing was written.</source>
        <translation>Скасовано. Довідку не створено.</translation>
    </message>
    <message>
        <source>Your settings are kept: press Create briefing to start again.</source>
        <translation>Налаштування збережено: натисніть «Створити довідку», щоб почати знову.</translation>
    </message>
</context>
<context>
    <name>SynonymsDialog</name>
    <message>
        <source>Search synonyms</source>
        <translation>Синоніми пошуку</translation>
    </message>
    <message>
        <source>A search for any word of a group also finds the others, in all their grammatical forms. Changes apply to the next search.</source>
        <translation>Пошук будь-якого слова групи знаходить і решту, в усіх їхніх граматичних формах. Зміни діють з наступного пошуку.</translation>
    </message>
    <message>
        <source>Synonym groups</source>
        <translation>Групи синонімів</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>&amp;Видалити групу</translation>
    </message>
    <message>
        <source>Remove the selected synonym group</source>
        <translation>Видалити вибрану групу синонімів</translation>
    </message>
    <message>
        <source>Words of a new group</source>
        <translation>Слова нової групи</translation>
    </message>
    <message>
        <source>Words separated by commas, e.g. шахед, Shahed</source>
        <translation>Слова через кому, наприклад: шахед, Shahed</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>&amp;Додати групу</translation>
    </message>
    <message>
        <source>New &amp;group:</source>
        <translation>Нова &amp;група:</translation>
    </message>
</context>
<context>
    <name>TallyBar</name>
    <message>
        <source>Allocated to regions</source>
        <translation>Розподілено за регіонами</translation>
    </message>
    <message>
        <source>Unallocated remainder</source>
        <translation>Нерозподілений залишок</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <source>Lines exceed the stated total</source>
        <translation>Рядки перевищують заявлений підсумок</translation>
    </message>
    <message>
        <source>Allocated: {0}</source>
        <translation>За регіонами: {0}</translation>
    </message>
    <message>
        <source>No total stated</source>
        <translation>Підсумок не вказано</translation>
    </message>
    <message>
        <source>Unallocated: none</source>
        <translation>Без регіону: немає</translation>
    </message>
    <message>
        <source>Unallocated: {0} of {1}</source>
        <translation>Без регіону: {0} з {1}</translation>
    </message>
    <message>
        <source>The lines add up to {0}, which is {1} more than the stated total of {2}. Check the figures; the report can still be saved as the source gave it.</source>
        <translation>Сума рядків — {0}, це на {1} більше за заявлений підсумок {2}. Перевірте числа; зведення все одно можна зберегти в тому вигляді, як його дало джерело.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>Хід виконання</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Скасувати поточне завдання</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Виконується…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>The Trash is empty</source>
        <translation>Кошик порожній</translation>
    </message>
    <message>
        <source>Deleted incidents wait here until you restore them.</source>
        <translation>Видалені інциденти зберігаються тут, доки ви їх не відновите.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Кошик</translation>
    </message>
    <message>
        <source>Deleted incidents, newest first. Restore brings them back.</source>
        <translation>Видалені інциденти, спершу нові. «Відновити» повертає їх.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Restore the selected incidents</source>
        <translation>Відновити вибрані інциденти</translation>
    </message>
    <message>
        <source>Restore the selected incidents (Ctrl+R)</source>
        <translation>Відновити вибрані інциденти (Ctrl+R)</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Відновлення…</translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln incident(s). Ctrl+Z puts them back in the Trash.</source>
        <translation>
            <numerusform>Відновлено %Ln інцидент. Ctrl+Z поверне його до кошика.</numerusform>
            <numerusform>Відновлено %Ln інциденти. Ctrl+Z поверне їх до кошика.</numerusform>
            <numerusform>Відновлено %Ln інцидентів. Ctrl+Z поверне їх до кошика.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not restored: {e}</source>
        <translation>Не відновлено: {e}</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Не відновлено</translation>
    </message>
    <message>
        <source>Cannot undo: {e}</source>
        <translation>Не вдалося скасувати: {e}</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Не вдалося скасувати чи повторити</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <source>create {ref}</source>
        <translation>створення {ref}</translation>
    </message>
    <message>
        <source>edit {ref}</source>
        <translation>редагування {ref}</translation>
    </message>
    <message>
        <source>delete {ref}</source>
        <translation>видалення {ref}</translation>
    </message>
    <message>
        <source>restore {ref}</source>
        <translation>відновлення {ref}</translation>
    </message>
    <message>
        <source>delete the selected incidents ({n})</source>
        <translation>видалення вибраних інцидентів ({n})</translation>
    </message>
    <message>
        <source>restore the selected incidents ({n})</source>
        <translation>відновлення вибраних інцидентів ({n})</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Incident Logger</source>
        <translation>Ласкаво просимо до Incident Logger</translation>
    </message>
    <message>
        <source>Record the first incident</source>
        <translation>Записати перший інцидент</translation>
    </message>
    <message>
        <source>An empty form: what happened, where, when, who said it.</source>
        <translation>Порожня форма: що сталося, де, коли, хто повідомив.</translation>
    </message>
    <message>
        <source>Paste a statement</source>
        <translation>Вставте повідомлення</translation>
    </message>
    <message>
        <source>A governor&apos;s post or a ministry&apos;s tally becomes drafts to check.</source>
        <translation>Допис губернатора чи зведення міністерства стають чернетками для перевірки.</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Імпортувати файл…</translation>
    </message>
    <message>
        <source>ACLED CSV, or CSV and JSON written by Incident Logger.</source>
        <translation>CSV у форматі ACLED або CSV і JSON, записані Incident Logger.</translation>
    </message>
    <message>
        <source>Try the demo data</source>
        <translation>Спробувати демонстраційні дані</translation>
    </message>
    <message>
        <source>Opens a separate demo database with {n} made-up incidents in a new window. This database stays empty.</source>
        <translation>Відкриває в новому вікні окрему демонстраційну базу з вигаданими інцидентами ({n}). Ця база даних залишиться порожньою.</translation>
    </message>
    <message>
        <source>Where your data is</source>
        <translation>Де зберігаються ваші дані</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Відкрити теку</translation>
    </message>
    <message>
        <source>Open &amp;backups</source>
        <translation>Відкрити &amp;копії</translation>
    </message>
    <message>
        <source>&amp;Show this when a database is empty</source>
        <translation>&amp;Показувати це, коли база даних порожня</translation>
    </message>
    <message>
        <source>This database is new: nothing is recorded in it yet.</source>
        <translation>Це нова база даних: у ній поки нічого не записано.</translation>
    </message>
    <message numerus="yes">
        <source>It knows %Ln source(s) to cite.</source>
        <translation>
            <numerusform>У ній є %Ln джерело для посилань.</numerusform>
            <numerusform>У ній є %Ln джерела для посилань.</numerusform>
            <numerusform>У ній є %Ln джерел для посилань.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: {db}
Backups: {backups}
A verified copy is made once a day when the app starts, and before every upgrade; the last {daily} days and {weekly} weeks are kept.</source>
        <translation>База даних: {db}
Копії: {backups}
Перевірена копія створюється раз на день під час запуску і перед кожним оновленням; зберігаються копії за останні {daily} дн. і {weekly} тиж.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Completely reliable</source>
        <translation>Цілком надійне</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>Зазвичай надійне</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>Досить надійне</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>Зазвичай ненадійне</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>Ненадійне</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>Надійність неможливо оцінити</translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation>Підтверджено іншими джерелами</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>Імовірно, правдиве</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>Можливо, правдиве</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Сумнівне</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>Малоймовірне</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>Достовірність неможливо оцінити</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>незначні</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>помірні</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>серйозні</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>знищено</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>fire started</source>
        <translation>виникла пожежа</translation>
    </message>
    <message>
        <source>fire extinguished</source>
        <translation>пожежу загашено</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>відновлено</translation>
    </message>
    <message>
        <source>interception</source>
        <translation>перехоплення</translation>
    </message>
    <message>
        <source>debris impact</source>
        <translation>падіння уламків</translation>
    </message>
    <message>
        <source>strike</source>
        <translation>удар</translation>
    </message>
    <message>
        <source>fire</source>
        <translation>пожежа</translation>
    </message>
    <message>
        <source>explosion</source>
        <translation>вибух</translation>
    </message>
    <message>
        <source>shelling</source>
        <translation>обстріл</translation>
    </message>
    <message>
        <source>sabotage</source>
        <translation>диверсія</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>повідомлено</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>заперечується</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрито</translation>
    </message>
    <message>
        <source>drone</source>
        <translation>безпілотник</translation>
    </message>
    <message>
        <source>missile</source>
        <translation>ракета</translation>
    </message>
    <message>
        <source>artillery</source>
        <translation>артилерія</translation>
    </message>
    <message>
        <source>aircraft</source>
        <translation>авіація</translation>
    </message>
    <message>
        <source>means unknown</source>
        <translation>засіб невідомий</translation>
    </message>
    <message>
        <source>exact time</source>
        <translation>точний час</translation>
    </message>
    <message>
        <source>within the hour</source>
        <translation>у межах години</translation>
    </message>
    <message>
        <source>that day</source>
        <translation>того дня</translation>
    </message>
    <message>
        <source>between start and end</source>
        <translation>між початком і кінцем</translation>
    </message>
    <message>
        <source>that week</source>
        <translation>того тижня</translation>
    </message>
    <message>
        <source>that month</source>
        <translation>того місяця</translation>
    </message>
    <message>
        <source>exact spot</source>
        <translation>точне місце</translation>
    </message>
    <message>
        <source>near the place</source>
        <translation>поблизу місця</translation>
    </message>
    <message>
        <source>somewhere in the district</source>
        <translation>десь у районі</translation>
    </message>
    <message>
        <source>somewhere in the region</source>
        <translation>десь у регіоні</translation>
    </message>
    <message>
        <source>country</source>
        <translation>країна</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регіон</translation>
    </message>
    <message>
        <source>district</source>
        <translation>район</translation>
    </message>
    <message>
        <source>city</source>
        <translation>місто</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>населений пункт</translation>
    </message>
    <message>
        <source>official</source>
        <translation>посадова особа</translation>
    </message>
    <message>
        <source>ministry</source>
        <translation>міністерство</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>агенція</translation>
    </message>
    <message>
        <source>media</source>
        <translation>ЗМІ</translation>
    </message>
    <message>
        <source>social</source>
        <translation>соцмережі</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <source>created</source>
        <translation>створено</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>відновлено</translation>
    </message>
    <message>
        <source>uncategorised</source>
        <translation>без категорії</translation>
    </message>
    <message>
        <source>vehicle</source>
        <translation>транспортний засіб</translation>
    </message>
    <message>
        <source>home</source>
        <translation>житловий будинок</translation>
    </message>
    <message>
        <source>apartment building</source>
        <translation>багатоквартирний будинок</translation>
    </message>
    <message>
        <source>utility</source>
        <translation>комунальний об’єкт</translation>
    </message>
    <message>
        <source>industrial</source>
        <translation>промисловий об’єкт</translation>
    </message>
    <message>
        <source>infrastructure</source>
        <translation>інфраструктура</translation>
    </message>
    <message>
        <source>commercial</source>
        <translation>комерційний об’єкт</translation>
    </message>
    <message>
        <source>agricultural</source>
        <translation>сільськогосподарський об’єкт</translation>
    </message>
    <message>
        <source>public building</source>
        <translation>громадська будівля</translation>
    </message>
    <message>
        <source>Incident Logger JSON (everything, for another copy of the app)</source>
        <translation>JSON Incident Logger (усе, для іншої копії програми)</translation>
    </message>
    <message>
        <source>Incident CSV (one row per incident, for spreadsheets)</source>
        <translation>CSV інцидентів (рядок на інцидент, для таблиць)</translation>
    </message>
    <message>
        <source>GeoJSON (incidents with coordinates, for maps)</source>
        <translation>GeoJSON (інциденти з координатами, для мап)</translation>
    </message>
    <message>
        <source>ACLED event CSV (31 columns)</source>
        <translation>CSV подій ACLED (31 стовпець)</translation>
    </message>
    <message>
        <source>Incident Logger JSON</source>
        <translation>JSON Incident Logger</translation>
    </message>
    <message>
        <source>Incident Logger CSV</source>
        <translation>CSV Incident Logger</translation>
    </message>
    <message>
        <source>ACLED event CSV</source>
        <translation>CSV подій ACLED</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Базу даних пошкоджено</translation>
    </message>
    <message>
        <source>This file is not an Incident Logger database</source>
        <translation>Цей файл не є базою даних Incident Logger</translation>
    </message>
    <message>
        <source>This file belongs to another program</source>
        <translation>Цей файл належить іншій програмі</translation>
    </message>
    <message>
        <source>This database comes from a newer release</source>
        <translation>Цю базу даних створено новішою версією</translation>
    </message>
    <message>
        <source>The database cannot be written</source>
        <translation>До бази даних не можна записувати</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Диск заповнений</translation>
    </message>
    <message>
        <source>The disk reported an error</source>
        <translation>Диск повідомив про помилку</translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation>База даних зайнята</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Не вдається відкрити базу даних</translation>
    </message>
    <message>
        <source>The database cannot be used</source>
        <translation>Базу даних неможливо використати</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Щоденна</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Вручну</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>Перед оновленням</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>Перед відновленням</translation>
    </message>
</context>
</TS>
