<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>Issued at</source>
        <translation>Время публикации</translation>
    </message>
    <message>
        <source>When the statement was published, in its time zone</source>
        <translation>Когда было опубликовано сообщение, в его часовом поясе</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>What overnight means</source>
        <translation>Что значит «ночью»</translation>
    </message>
    <message>
        <source>Overnight: from the first time the evening before to the second</source>
        <translation>Ночь: с первого времени накануне вечером до второго</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Разобрать заново</translation>
    </message>
    <message>
        <source>Read the statement again with these settings</source>
        <translation>Разобрать сообщение заново с этими настройками</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation>&amp;Опубликовано:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>&amp;Overnight:</source>
        <translation>&amp;Ночь:</translation>
    </message>
    <message>
        <source>Reading the statement…</source>
        <translation>Разбор сообщения…</translation>
    </message>
    <message>
        <source>Save all</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <source>Save every ticked draft together (Ctrl+S or Ctrl+Enter)</source>
        <translation>Сохранить все отмеченные черновики вместе (Ctrl+S или Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Nothing to read: the statement is empty.</source>
        <translation>Нечего разбирать: сообщение пустое.</translation>
    </message>
    <message>
        <source>The statement is too long to read (at most 100,000 characters).</source>
        <translation>Сообщение слишком длинное (не более 100 000 символов).</translation>
    </message>
    <message>
        <source>Saved from the statement: {0} and {1}.</source>
        <translation>Из сообщения сохранено: {0} и {1}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln count report(s)</source>
        <translation>
            <numerusform>%Ln сводка</numerusform>
            <numerusform>%Ln сводки</numerusform>
            <numerusform>%Ln сводок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln инцидент</numerusform>
            <numerusform>%Ln инцидента</numerusform>
            <numerusform>%Ln инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <source>New from s&amp;tatement…</source>
        <translation>Новое из &amp;сообщения…</translation>
    </message>
    <message>
        <source>Paste a statement and get the drafts it holds</source>
        <translation>Вставьте сообщение и получите черновики из него</translation>
    </message>
    <message>
        <source>New from &amp;clipboard</source>
        <translation>Новое из &amp;буфера обмена</translation>
    </message>
    <message>
        <source>Read the statement on the clipboard</source>
        <translation>Разобрать сообщение из буфера обмена</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Что произошло, одной строкой</translation>
    </message>
    <message>
        <source>Choose a category or type a new one</source>
        <translation>Выберите категорию или введите новую</translation>
    </message>
    <message>
        <source>How far the report is verified. A fire put out is recorded in Damage › State (fire extinguished).</source>
        <translation>Насколько проверено сообщение. Потушенный пожар отмечается в разделе «Ущерб › Состояние» (пожар потушен).</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>The weapon or cause: drone, missile, artillery, aircraft…</source>
        <translation>Оружие или причина: беспилотник, ракета, артиллерия, авиация…</translation>
    </message>
    <message>
        <source>optional, e.g. 2026-09-12 06:00</source>
        <translation>необязательно, например 2026-09-12 06:00</translation>
    </message>
    <message>
        <source>e.g. near the pond on the edge of the city</source>
        <translation>например у пруда на окраине города</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>широта</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>долгота</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>What the sources say, in your words or theirs</source>
        <translation>Что сообщают источники, своими словами или их словами</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Реагирование</translation>
    </message>
    <message>
        <source>Services deployed, aid promised…</source>
        <translation>Выезд служб, обещанная помощь…</translation>
    </message>
    <message>
        <source>comma-separated, e.g. night, drones</source>
        <translation>через запятую, например ночь, дроны</translation>
    </message>
    <message>
        <source>e.g. an ACLED event id</source>
        <translation>например идентификатор события ACLED</translation>
    </message>
    <message>
        <source>e.g. Explosions/Remote violence</source>
        <translation>например Explosions/Remote violence</translation>
    </message>
    <message>
        <source>Means (&amp;Q)</source>
        <translation>Средство (&amp;Q)</translation>
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
        <translation>Регион</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Средство</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>Ранены</translation>
    </message>
    <message>
        <source>Injuries; — means not stated</source>
        <translation>Раненые; — значит «не указано»</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Погибли</translation>
    </message>
    <message>
        <source>Fatalities; — means not stated</source>
        <translation>Погибшие; — значит «не указано»</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Best source grade: reliability A–F and credibility 1–6</source>
        <translation>Лучшая оценка источника: надёжность A–F и достоверность 1–6</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <source>Time precision</source>
        <translation>Точность времени</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Местность</translation>
    </message>
    <message>
        <source>How near (location precision)</source>
        <translation>Точность местоположения</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Раненые</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Погибшие</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Внешний идентификатор</translation>
    </message>
    <message>
        <source>External type</source>
        <translation>Тип во внешней системе</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начало</translation>
    </message>
    <message>
        <source>En&amp;d</source>
        <translation>&amp;Конец</translation>
    </message>
    <message>
        <source>Prec&amp;ision</source>
        <translation>&amp;Точность</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <source>&amp;Locality</source>
        <translation>&amp;Местность</translation>
    </message>
    <message>
        <source>Ho&amp;w near</source>
        <translation>&amp;Точность</translation>
    </message>
    <message>
        <source>C&amp;oordinates</source>
        <translation>&amp;Координаты</translation>
    </message>
    <message>
        <source>Casualties and response</source>
        <translation>Потери и реагирование</translation>
    </message>
    <message>
        <source>In&amp;jured</source>
        <translation>&amp;Раненые</translation>
    </message>
    <message>
        <source>&amp;Killed</source>
        <translation>&amp;Погибшие</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>&amp;Реагирование</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Ущерб</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <source>E&amp;xternal id</source>
        <translation>&amp;Внешний идентификатор</translation>
    </message>
    <message>
        <source>External t&amp;ype</source>
        <translation>&amp;Тип во внешней системе</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation>&amp;Новый инцидент</translation>
    </message>
    <message>
        <source>Record a new incident</source>
        <translation>Записать новый инцидент</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the incident in the editor</source>
        <translation>Сохранить инцидент из редактора</translation>
    </message>
    <message>
        <source>Save and ne&amp;w</source>
        <translation>Сохранить и &amp;новый</translation>
    </message>
    <message>
        <source>Save the incident, then start a new one</source>
        <translation>Сохранить инцидент и начать новый</translation>
    </message>
    <message>
        <source>D&amp;uplicate as new</source>
        <translation>&amp;Дублировать как новый</translation>
    </message>
    <message>
        <source>Start a new incident from this one</source>
        <translation>Начать новый инцидент на основе этого</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move the selected incidents to the Trash</source>
        <translation>Переместить выбранные инциденты в корзину</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>&amp;Восстановить из корзины</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Поиск инцидентов</translation>
    </message>
    <message>
        <source>Show &amp;filters</source>
        <translation>Показать &amp;фильтры</translation>
    </message>
    <message>
        <source>Ne&amp;xt incident</source>
        <translation>&amp;Следующий инцидент</translation>
    </message>
    <message>
        <source>Pre&amp;vious incident</source>
        <translation>&amp;Предыдущий инцидент</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Who changed this incident, and when</source>
        <translation>Кто и когда изменял этот инцидент</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Focus the &amp;editor</source>
        <translation>Перейти в &amp;редактор</translation>
    </message>
    <message>
        <source>Focus the &amp;table</source>
        <translation>Перейти в &amp;таблицу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Search language</source>
        <translation>&amp;Язык поиска</translation>
    </message>
    <message>
        <source>What you can type in the search box</source>
        <translation>Что можно вводить в поле поиска</translation>
    </message>
    <message>
        <source>&amp;About Incident Logger</source>
        <translation>&amp;О программе Incident Logger</translation>
    </message>
    <message>
        <source>Reset &amp;columns</source>
        <translation>Сбросить &amp;столбцы</translation>
    </message>
    <message>
        <source>Check &amp;database…</source>
        <translation>Проверить &amp;базу данных…</translation>
    </message>
    <message>
        <source>Read the whole database file and check it (SQLite&apos;s integrity check)</source>
        <translation>Прочитать весь файл базы данных и проверить его (проверка целостности SQLite)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import incidents (ACLED CSV and more)</source>
        <translation>Импорт инцидентов (ACLED CSV и др.)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the incidents of the current search</source>
        <translation>Экспортировать инциденты текущего поиска</translation>
    </message>
    <message>
        <source>New &amp;briefing…</source>
        <translation>Новая &amp;справка…</translation>
    </message>
    <message>
        <source>A PDF briefing of the current search</source>
        <translation>PDF-справка по текущему поиску</translation>
    </message>
    <message>
        <source>C&amp;onnect to team database…</source>
        <translation>П&amp;одключиться к общей базе…</translation>
    </message>
    <message>
        <source>Open a shared PostgreSQL database from a saved profile</source>
        <translation>Открыть общую базу PostgreSQL по сохранённому профилю</translation>
    </message>
    <message>
        <source>Search &amp;synonyms…</source>
        <translation>Си&amp;нонимы поиска…</translation>
    </message>
    <message>
        <source>Words a search treats as one (БПЛА, беспилотник, drone…)</source>
        <translation>Слова, которые поиск считает одним (БПЛА, беспилотник, drone…)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Оформление</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлое</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмное</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message numerus="yes">
        <source>The database is sound: %Ln incident(s), schema version {v}.</source>
        <translation>
            <numerusform>База данных в порядке: %Ln инцидент, версия схемы {v}.</numerusform>
            <numerusform>База данных в порядке: %Ln инцидента, версия схемы {v}.</numerusform>
            <numerusform>База данных в порядке: %Ln инцидентов, версия схемы {v}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Damaged: SQLite&apos;s check found %Ln problem(s) (Show Details lists them). Restore a backup (the Backups page) or salvage what can still be read (incident-logger salvage OUT.sqlite3).</source>
        <translation>
            <numerusform>Повреждена: проверка SQLite нашла %Ln проблему (список — в «Подробностях»). Восстановите копию (страница «Резервные копии») или спасите то, что ещё читается (incident-logger salvage OUT.sqlite3).</numerusform>
            <numerusform>Повреждена: проверка SQLite нашла %Ln проблемы (список — в «Подробностях»). Восстановите копию (страница «Резервные копии») или спасите то, что ещё читается (incident-logger salvage OUT.sqlite3).</numerusform>
            <numerusform>Повреждена: проверка SQLite нашла %Ln проблем (список — в «Подробностях»). Восстановите копию (страница «Резервные копии») или спасите то, что ещё читается (incident-logger salvage OUT.sqlite3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident toolbar</source>
        <translation>Панель инцидентов</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message numerus="yes">
        <source>%Ln country(ies)</source>
        <translation>
            <numerusform>%Ln страна</numerusform>
            <numerusform>%Ln страны</numerusform>
            <numerusform>%Ln стран</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln region(s)</source>
        <translation>
            <numerusform>%Ln регион</numerusform>
            <numerusform>%Ln региона</numerusform>
            <numerusform>%Ln регионов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln district(s)</source>
        <translation>
            <numerusform>%Ln район</numerusform>
            <numerusform>%Ln района</numerusform>
            <numerusform>%Ln районов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln town(s) or city(ies)</source>
        <translation>
            <numerusform>%Ln населённый пункт</numerusform>
            <numerusform>%Ln населённых пункта</numerusform>
            <numerusform>%Ln населённых пунктов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln locality(ies)</source>
        <translation>
            <numerusform>%Ln местность</numerusform>
            <numerusform>%Ln местности</numerusform>
            <numerusform>%Ln местностей</numerusform>
        </translation>
    </message>
    <message>
        <source>The gazetteer is empty. Places are added as you record them, or add a country with all its regions on the Places page.</source>
        <translation>Справочник мест пуст. Места добавляются по мере записи, или добавьте страну со всеми регионами на странице «Места».</translation>
    </message>
    <message numerus="yes">
        <source>The gazetteer knows %Ln place(s): {kinds}.</source>
        <translation>
            <numerusform>В справочнике %Ln место: {kinds}.</numerusform>
            <numerusform>В справочнике %Ln места: {kinds}.</numerusform>
            <numerusform>В справочнике %Ln мест: {kinds}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the demo database…</source>
        <translation>Подготовка демонстрационной базы…</translation>
    </message>
    <message>
        <source>The demo database opens in a new window.</source>
        <translation>Демонстрационная база откроется в новом окне.</translation>
    </message>
    <message>
        <source>The demo window could not be started.</source>
        <translation>Не удалось открыть демонстрационное окно.</translation>
    </message>
    <message>
        <source>The demo database could not be made: {e}</source>
        <translation>Не удалось создать демонстрационную базу: {e}</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Search language</source>
        <translation>Язык поиска</translation>
    </message>
    <message>
        <source>a new incident</source>
        <translation>новый инцидент</translation>
    </message>
    <message>
        <source>Restored the unsaved form. Save it with Ctrl+S.</source>
        <translation>Несохранённая форма восстановлена. Сохраните её, нажав Ctrl+S.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Choose where to save the briefing.</source>
        <translation>Выберите, куда сохранить справку.</translation>
    </message>
    <message>
        <source>{path} is a folder. Add a file name, such as {example}.</source>
        <translation>{path} — это папка. Добавьте имя файла, например {example}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another folder with Choose…</source>
        <translation>Папки {folder} не существует. Выберите другую кнопкой «Выбрать…»</translation>
    </message>
    <message>
        <source>You cannot save files in {folder}. Choose another folder, such as your Documents.</source>
        <translation>В {folder} нельзя сохранять файлы. Выберите другую папку, например «Документы».</translation>
    </message>
    <message>
        <source>Your settings are kept: press Create briefing again.</source>
        <translation>Настройки сохранены: снова нажмите «Создать справку».</translation>
    </message>
    <message>
        <source>The briefing could not be saved in {folder}: no permission to write there.</source>
        <translation>Не удалось сохранить справку в {folder}: нет прав на запись.</translation>
    </message>
    <message>
        <source>Choose another folder (your Documents, for example). </source>
        <translation>Выберите другую папку (например, «Документы»). </translation>
    </message>
    <message>
        <source>The disk is full: there is no room for the briefing in {folder}.</source>
        <translation>Диск заполнен: в {folder} нет места для справки.</translation>
    </message>
    <message>
        <source>Free some space or choose a folder on another drive. Nothing was written. </source>
        <translation>Освободите место или выберите папку на другом диске. Ничего не записано. </translation>
    </message>
    <message>
        <source>The folder {folder} no longer exists.</source>
        <translation>Папки {folder} больше нет.</translation>
    </message>
    <message>
        <source>Choose another folder. </source>
        <translation>Выберите другую папку. </translation>
    </message>
    <message>
        <source>The briefing could not be saved: {reason}.</source>
        <translation>Не удалось сохранить справку: {reason}.</translation>
    </message>
    <message>
        <source>Check the folder and the disk, or choose another folder. </source>
        <translation>Проверьте папку и диск или выберите другую папку. </translation>
    </message>
    <message>
        <source>The fonts briefings are printed with are missing from this installation.</source>
        <translation>В этой установке нет шрифтов, которыми печатаются справки.</translation>
    </message>
    <message>
        <source>Reinstall Incident Logger, then try again.</source>
        <translation>Переустановите Incident Logger и попробуйте снова.</translation>
    </message>
    <message>
        <source>The briefing could not be made ({what}).</source>
        <translation>Не удалось подготовить справку ({what}).</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, narrow the search and report the problem. </source>
        <translation>Попробуйте снова. Если ошибка повторяется, сузьте поиск и сообщите о проблеме. </translation>
    </message>
    <message>
        <source>{what} has changes that are not saved.</source>
        <translation>Есть несохранённые изменения: {what}.</translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>Сохранить их, прежде чем продолжить?</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Восстановить несохранённую работу?</translation>
    </message>
    <message>
        <source>Incident Logger closed before {what} was saved (last autosave {when}).

Restore the unsaved form?</source>
        <translation>Incident Logger закрылся до сохранения: {what} (последнее автосохранение {when}).

Восстановить несохранённую форму?</translation>
    </message>
    <message>
        <source>Create a new database?</source>
        <translation>Создать новую базу данных?</translation>
    </message>
    <message>
        <source>There is no database at
{path}

Create a new, empty one there? (If the name is mistyped, choose No and start again with the right one.)</source>
        <translation>По пути
{path}
нет базы данных.

Создать там новую, пустую? (Если имя набрано с ошибкой, выберите «Нет» и запустите заново с правильным.)</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Проверка базы данных</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>Пароль общей базы данных</translation>
    </message>
    <message>
        <source>Password for {label}:
(kept in the system keyring when there is one, never in a file)</source>
        <translation>Пароль для {label}:
(хранится в системной связке ключей, если она есть, и никогда в файле)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new place(s)</source>
        <translation>
            <numerusform>%Ln новое место</numerusform>
            <numerusform>%Ln новых места</numerusform>
            <numerusform>%Ln новых мест</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new source(s)</source>
        <translation>
            <numerusform>%Ln новый источник</numerusform>
            <numerusform>%Ln новых источника</numerusform>
            <numerusform>%Ln новых источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new category(ies)</source>
        <translation>
            <numerusform>%Ln новая категория</numerusform>
            <numerusform>%Ln новые категории</numerusform>
            <numerusform>%Ln новых категорий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: {name} could not be read (%Ln problem(s) listed).</source>
        <translation>
            <numerusform>Ничего не импортировано: {name} не удалось прочитать (в списке %Ln проблема).</numerusform>
            <numerusform>Ничего не импортировано: {name} не удалось прочитать (в списке %Ln проблемы).</numerusform>
            <numerusform>Ничего не импортировано: {name} не удалось прочитать (в списке %Ln проблем).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: {name} has %Ln problem(s). Fix them, or import the good rows only.</source>
        <translation>
            <numerusform>Ничего не импортировано: в {name} %Ln проблема. Исправьте её или импортируйте только правильные строки.</numerusform>
            <numerusform>Ничего не импортировано: в {name} %Ln проблемы. Исправьте их или импортируйте только правильные строки.</numerusform>
            <numerusform>Ничего не импортировано: в {name} %Ln проблем. Исправьте их или импортируйте только правильные строки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: imported {imported} of %Ln incident(s)</source>
        <translation>
            <numerusform>{name}: импортировано {imported} из %Ln инцидента</numerusform>
            <numerusform>{name}: импортировано {imported} из %Ln инцидентов</numerusform>
            <numerusform>{name}: импортировано {imported} из %Ln инцидентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused (see the problems)</source>
        <translation>
            <numerusform>%Ln строка отклонена (см. проблемы)</numerusform>
            <numerusform>%Ln строки отклонены (см. проблемы)</numerusform>
            <numerusform>%Ln строк отклонено (см. проблемы)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeating an earlier line, skipped</source>
        <translation>
            <numerusform>%Ln строка повторяет более раннюю, пропущена</numerusform>
            <numerusform>%Ln строки повторяют более ранние, пропущены</numerusform>
            <numerusform>%Ln строк повторяют более ранние, пропущены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) already in the database, skipped</source>
        <translation>
            <numerusform>%Ln инцидент уже есть в базе, пропущен</numerusform>
            <numerusform>%Ln инцидента уже есть в базе, пропущены</numerusform>
            <numerusform>%Ln инцидентов уже есть в базе, пропущены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln count report(s) already in the database, skipped</source>
        <translation>
            <numerusform>%Ln сводка уже есть в базе, пропущена</numerusform>
            <numerusform>%Ln сводки уже есть в базе, пропущены</numerusform>
            <numerusform>%Ln сводок уже есть в базе, пропущены</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Incident Logger</source>
        <translation>О программе Incident Logger</translation>
    </message>
    <message>
        <source>Incident Logger {version}</source>
        <translation>Incident Logger {version}</translation>
    </message>
    <message>
        <source>Record, search and brief incidents from official statements and news, on your own workstation. Nothing leaves this computer.</source>
        <translation>Записывайте инциденты из официальных сообщений и новостей, ищите их и готовьте справки на своём рабочем месте. Ничего не покидает этот компьютер.</translation>
    </message>
    <message>
        <source>Database: {db}&lt;br&gt;Backups: {backups}&lt;br&gt;{runtime}</source>
        <translation>База данных: {db}&lt;br&gt;Копии: {backups}&lt;br&gt;{runtime}</translation>
    </message>
    <message>
        <source>Made with the work of others</source>
        <translation>Сделано с использованием чужого труда</translation>
    </message>
    <message>
        <source>Fonts, data and libraries, with their licences</source>
        <translation>Шрифты, данные и библиотеки с их лицензиями</translation>
    </message>
    <message>
        <source>The list of third-party licences could not be read: {e}</source>
        <translation>Не удалось прочитать список сторонних лицензий: {e}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Check the server&apos;s address, your login and the network, or start with --db FILE to use a database file.</source>
        <translation>Проверьте адрес сервера, учётную запись и сеть или запустите с --db ФАЙЛ, чтобы работать с файлом базы данных.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Incident Logger makes a verified copy of this database when you start it (once a day) and before every upgrade, and keeps the last {daily} days and {weekly} weeks. Copies are kept in {folder}.</source>
        <translation>Incident Logger делает проверенную копию этой базы данных при запуске (раз в день) и перед каждым обновлением и хранит копии за последние {daily} дн. и {weekly} нед. Копии хранятся в {folder}.</translation>
    </message>
    <message>
        <source>Backups of this database</source>
        <translation>Резервные копии этой базы данных</translation>
    </message>
    <message>
        <source>No backups yet. Press “Back up now” to make the first.</source>
        <translation>Копий пока нет. Нажмите «Создать копию сейчас», чтобы сделать первую.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <source>Write a verified copy of the database now</source>
        <translation>Записать проверенную копию базы данных сейчас</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Replace the database with the selected backup (the current state is kept)</source>
        <translation>Заменить базу данных выбранной копией (текущее состояние сохраняется)</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Восстановить из &amp;файла…</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>Показать &amp;папку</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Состояние копирования</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создание копии…</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <source>Backed up to {file} (verified).</source>
        <translation>Копия сохранена в {file} (проверена).</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>Восстановить из копии?</translation>
    </message>
    <message>
        <source>Replace everything in this database with {what}?

The current state is backed up first, so you can go back to it.</source>
        <translation>Заменить всё в этой базе данных на {what}?

Сначала будет сохранена копия текущего состояния, чтобы к нему можно было вернуться.</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln incident(s)</source>
        <translation>
            <numerusform>, %Ln инцидент</numerusform>
            <numerusform>, %Ln инцидента</numerusform>
            <numerusform>, %Ln инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup of {when}{count}</source>
        <translation>копию от {when}{count}</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Восстановить из файла копии</translation>
    </message>
    <message>
        <source>Incident Logger databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Базы данных Incident Logger (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Восстановление из копии</translation>
    </message>
    <message>
        <source> The state before it was saved as {file}: restore that to go back.</source>
        <translation> Состояние до восстановления сохранено как {file}: восстановите его, чтобы вернуться.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Копия восстановлена.</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>at character {n}</source>
        <translation>в символе {n}</translation>
    </message>
    <message>
        <source>{name} already exists; it will be replaced.</source>
        <translation>{name} уже существует; он будет заменён.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.

Replace it with the new briefing?</source>
        <translation>{name} уже есть в {folder}.

Заменить его новой справкой?</translation>
    </message>
    <message>
        <source>Briefing {name}</source>
        <translation>Справка {name}</translation>
    </message>
    <message>
        <source>Reading the incidents…</source>
        <translation>Чтение инцидентов…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Вёрстка страниц…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>No program to open PDF files was found.</source>
        <translation>Не найдена программа для открытия PDF.</translation>
    </message>
    <message>
        <source>Install a PDF reader, or use Show in folder to find the file.</source>
        <translation>Установите программу для чтения PDF или найдите файл через «Показать в папке».</translation>
    </message>
</context>
<context>
    <name>BriefingForm</name>
    <message>
        <source>New briefing</source>
        <translation>Новая справка</translation>
    </message>
    <message>
        <source>Briefing title</source>
        <translation>Заголовок справки</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Printed on every page, e.g. For internal use</source>
        <translation>Печатается на каждой странице, например «Для служебного пользования»</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>All incidents — or e.g. region:Калуга has:damage</source>
        <translation>Все инциденты — или, например, region:Калуга has:damage</translation>
    </message>
    <message>
        <source>Search error</source>
        <translation>Ошибка поиска</translation>
    </message>
    <message>
        <source>Incidents covered</source>
        <translation>Охваченные инциденты</translation>
    </message>
    <message>
        <source>C&amp;reate briefing</source>
        <translation>&amp;Создать справку</translation>
    </message>
    <message>
        <source>Create briefing</source>
        <translation>Создать справку</translation>
    </message>
    <message>
        <source>Title page</source>
        <translation>Титульная страница</translation>
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
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Охватывает</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Бумага</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
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
        <translation>Новое из сообщения</translation>
    </message>
    <message>
        <source>Overnight: {0}</source>
        <translation>Ночь: {0}</translation>
    </message>
    <message>
        <source>Issued: {0}</source>
        <translation>Опубликовано: {0}</translation>
    </message>
    <message>
        <source>Rule: {0}. Change it under Overnight.</source>
        <translation>Правило: {0}. Его можно изменить в поле «Ночь».</translation>
    </message>
    <message>
        <source>Reading the statement…</source>
        <translation>Разбор сообщения…</translation>
    </message>
    <message>
        <source>The statement could not be read: {0}</source>
        <translation>Не удалось разобрать сообщение: {0}</translation>
    </message>
    <message>
        <source>Proposed: {0} and {1}.</source>
        <translation>Предложено: {0} и {1}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln count report(s)</source>
        <translation>
            <numerusform>%Ln сводка</numerusform>
            <numerusform>%Ln сводки</numerusform>
            <numerusform>%Ln сводок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln инцидент</numerusform>
            <numerusform>%Ln инцидента</numerusform>
            <numerusform>%Ln инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to record was found in this statement.</source>
        <translation>В этом сообщении не найдено ничего для записи.</translation>
    </message>
    <message>
        <source>{0} value(s) read but not trusted are marked in amber: fill them by hand.</source>
        <translation>Значения, распознанные неуверенно ({0}), выделены жёлтым: заполните их вручную.</translation>
    </message>
    <message>
        <source>Still to give: {0}.</source>
        <translation>Ещё нужно указать: {0}.</translation>
    </message>
    <message>
        <source>Read but not trusted: check the marked words and fill this in</source>
        <translation>Распознано неуверенно: проверьте выделенные слова и заполните поле</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>the time of incident {0}</source>
        <translation>время инцидента {0}</translation>
    </message>
    <message>
        <source>Choose who published the statement first.</source>
        <translation>Сначала выберите, кто опубликовал сообщение.</translation>
    </message>
    <message>
        <source>Nothing saved: fix the fields marked in red first.</source>
        <translation>Ничего не сохранено: сначала исправьте поля, выделенные красным.</translation>
    </message>
    <message>
        <source>Nothing is ticked, so there is nothing to save.</source>
        <translation>Ничего не отмечено, сохранять нечего.</translation>
    </message>
    <message>
        <source>Nothing saved</source>
        <translation>Ничего не сохранено</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <source>{who}{when} moved this record to the trash after you opened it. Nothing was saved. Save yours to keep your changes (it stays in the trash), or discard them.</source>
        <translation>{who}{when}: запись перемещена в корзину после того, как вы её открыли. Ничего не сохранено. Сохраните свою версию, чтобы не потерять изменения (запись останется в корзине), или отмените их.</translation>
    </message>
    <message>
        <source>{who}{when} saved this record after you opened it. Nothing was saved yet: compare the two versions and choose which one to keep.</source>
        <translation>{who}{when}: запись сохранена после того, как вы её открыли. Пока ничего не сохранено: сравните две версии и выберите, какую оставить.</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Различающиеся поля</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <source>Saved by {who}</source>
        <translation>Сохранил(а): {who}</translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation>&amp;Сохранить мою поверх их версии</translation>
    </message>
    <message>
        <source>&amp;Use theirs, discard mine</source>
        <translation>&amp;Взять их версию, отменить мою</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить правку</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>Подключение к общей базе</translation>
    </message>
    <message>
        <source>A team database is a PostgreSQL database that several analysts share. Passwords are never saved with a profile: ~/.pgpass or the service file gives them, or the system keyring keeps the one you type.</source>
        <translation>Общая база — это база PostgreSQL, с которой работают несколько аналитиков. Пароли никогда не сохраняются в профиле: их даёт ~/.pgpass или файл служб, либо системное хранилище паролей хранит введённый вами.</translation>
    </message>
    <message>
        <source>Saved connection profiles</source>
        <translation>Сохранённые профили подключения</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;Новый профиль</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Forget the selected profile (not the database)</source>
        <translation>Забыть выбранный профиль (база не удаляется)</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Имя профиля</translation>
    </message>
    <message>
        <source>e.g. Duty team</source>
        <translation>например, Дежурная смена</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>server name or address; empty: this computer</source>
        <translation>имя или адрес сервера; пусто — этот компьютер</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>e.g. incidents</source>
        <translation>например, incidents</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation>ваше имя входа на сервере</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>optional: a name in ~/.pg_service.conf</source>
        <translation>необязательно: имя из ~/.pg_service.conf</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
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
        <translation>Пол&amp;ьзователь:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>С&amp;лужба:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <source>Forgot the profile “{name}”.</source>
        <translation>Профиль «{name}» забыт.</translation>
    </message>
    <message>
        <source>Give the profile a name, e.g. Duty team</source>
        <translation>Дайте профилю имя, например «Дежурная смена»</translation>
    </message>
    <message>
        <source>Name the database (or a service)</source>
        <translation>Укажите базу данных (или службу)</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535</source>
        <translation>Порт — число от 1 до 65535</translation>
    </message>
    <message>
        <source>Connecting to {url}…</source>
        <translation>Подключение к {url}…</translation>
    </message>
    <message>
        <source>The server refused this user&apos;s password</source>
        <translation>Сервер отклонил пароль этого пользователя</translation>
    </message>
    <message>
        <source>The server cannot be reached at this host and port</source>
        <translation>Сервер недоступен по этому адресу и порту</translation>
    </message>
    <message>
        <source>No Incident Logger schema here: run &apos;incident-logger team init&apos;</source>
        <translation>Здесь нет схемы Incident Logger: выполните &apos;incident-logger team init&apos;</translation>
    </message>
    <message>
        <source>An older schema: run &apos;incident-logger team init&apos; to upgrade it</source>
        <translation>Схема устарела: обновите её командой &apos;incident-logger team init&apos;</translation>
    </message>
    <message>
        <source>Not a usable address</source>
        <translation>Этот адрес не подходит</translation>
    </message>
</context>
<context>
    <name>CountEdit</name>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>“not stated” when the report does not say; 0 when it says nobody was hurt</source>
        <translation>«не указано», если в сообщении этого нет; 0 — если сказано, что никто не пострадал</translation>
    </message>
</context>
<context>
    <name>CountLinesDelegate</name>
    <message>
        <source>Region of line {0}</source>
        <translation>Регион в строке {0}</translation>
    </message>
    <message>
        <source>Region name or alias</source>
        <translation>Название региона или другое название</translation>
    </message>
    <message>
        <source>Count of line {0}</source>
        <translation>Число в строке {0}</translation>
    </message>
    <message>
        <source>Note of line {0}</source>
        <translation>Примечание к строке {0}</translation>
    </message>
</context>
<context>
    <name>CountLinesGrid</name>
    <message>
        <source>Lines by region</source>
        <translation>Строки по регионам</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Add a region line</source>
        <translation>Добавить строку региона</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Удалить выбранную строку</translation>
    </message>
</context>
<context>
    <name>CountLinesModel</name>
    <message>
        <source>Type a region</source>
        <translation>Введите регион</translation>
    </message>
    <message>
        <source>No place is named &apos;{0}&apos;; pick one from the list</source>
        <translation>Места «{0}» нет; выберите из списка</translation>
    </message>
    <message>
        <source>{0} already has a line above</source>
        <translation>Для {0} строка уже есть выше</translation>
    </message>
    <message>
        <source>Type the count</source>
        <translation>Введите число</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>Строка {0}: {1}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>CountReportEditor</name>
    <message>
        <source>New count report</source>
        <translation>Новая сводка</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Who gave these figures?</source>
        <translation>Кто привёл эти числа?</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Время публикации</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>What was counted</source>
        <translation>Что считали</translation>
    </message>
    <message>
        <source>What happened to them</source>
        <translation>Что с ними произошло</translation>
    </message>
    <message>
        <source>Stated total</source>
        <translation>Заявленный итог</translation>
    </message>
    <message>
        <source>Empty if not stated</source>
        <translation>Пусто, если не указано</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>e.g. The rest over various regions.</source>
        <translation>например «Остальные — над различными регионами».</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <source>&amp;Issued at</source>
        <translation>&amp;Опубликовано</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <source>&amp;Counted</source>
        <translation>&amp;Что считали</translation>
    </message>
    <message>
        <source>Stated &amp;total</source>
        <translation>Заявленный &amp;итог</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Примечание</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the report (Ctrl+S)</source>
        <translation>Сохранить сводку (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Discard the changes typed since the last save</source>
        <translation>Отменить изменения с последнего сохранения</translation>
    </message>
    <message>
        <source>Count report #{0}</source>
        <translation>Сводка №{0}</translation>
    </message>
    <message>
        <source>choose the source that gave these figures</source>
        <translation>выберите источник, который привёл эти числа</translation>
    </message>
    <message>
        <source>type a whole number, or leave it empty</source>
        <translation>введите целое число или оставьте пустым</translation>
    </message>
</context>
<context>
    <name>CountReportListModel</name>
    <message>
        <source>Issued</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Что считали</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>По регионам</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Без региона</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Охваченный период</translation>
    </message>
    <message>
        <source>+{0} over</source>
        <translation>+{0} сверх итога</translation>
    </message>
    <message>
        <source>{0}: reliability {1} ({2})</source>
        <translation>{0}: надёжность {1} ({2})</translation>
    </message>
</context>
<context>
    <name>CountSearchBox</name>
    <message>
        <source>Search count reports</source>
        <translation>Поиск по сводкам</translation>
    </message>
    <message>
        <source>Words in notes and lines, source:ministry, region:Брянская, from:2026-09-01 …</source>
        <translation>Слова в примечаниях и строках, source:министерство, region:Брянская, from:2026-09-01 …</translation>
    </message>
    <message>
        <source>Words and &quot;phrases&quot; are looked up in the notes, in the lines (regions, their other names and notes) and in the source&apos;s name; word* matches the start of words; -word leaves out. Filters: source:, region: (a city finds its region&apos;s lines), from:, to: (the period covered) and reliability:&lt;=B.</source>
        <translation>Слова и &quot;фразы&quot; ищутся в примечаниях, строках (регионы, их другие названия и примечания) и в названии источника; слово* ищет начало слов; -слово исключает. Фильтры: source:, region: (город находит строки своего региона), from:, to: (охваченный период) и reliability:&lt;=B.</translation>
    </message>
    <message>
        <source>Search problem</source>
        <translation>Проблема с поиском</translation>
    </message>
    <message>
        <source>at character {0}</source>
        <translation>в символе {0}</translation>
    </message>
</context>
<context>
    <name>CountsPage</name>
    <message>
        <source>New report</source>
        <translation>Новая сводка</translation>
    </message>
    <message>
        <source>New count report</source>
        <translation>Новая сводка</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить сводку</translation>
    </message>
    <message>
        <source>Take the report out of the trash</source>
        <translation>Вернуть сводку из корзины</translation>
    </message>
    <message>
        <source>Show count reports in the trash</source>
        <translation>Показать сводки в корзине</translation>
    </message>
    <message>
        <source>Move the report to the trash</source>
        <translation>Переместить сводку в корзину</translation>
    </message>
    <message>
        <source>Count reports</source>
        <translation>Сводки</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Сводки</translation>
    </message>
    <message>
        <source>Totals by re&amp;gion</source>
        <translation>Итоги по &amp;регионам</translation>
    </message>
    <message>
        <source>The count report</source>
        <translation>Сводка подсчёта</translation>
    </message>
    <message>
        <source>Could not load the count reports: {0}</source>
        <translation>Не удалось загрузить сводки: {0}</translation>
    </message>
    <message>
        <source> in the trash</source>
        <translation> в корзине</translation>
    </message>
    <message numerus="yes">
        <source>%Ln count report(s) match the search{0}</source>
        <translation>
            <numerusform>Поиску соответствует %Ln сводка{0}</numerusform>
            <numerusform>Поиску соответствуют %Ln сводки{0}</numerusform>
            <numerusform>Поиску соответствуют %Ln сводок{0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln count report(s) in the trash</source>
        <translation>
            <numerusform>%Ln сводка в корзине</numerusform>
            <numerusform>%Ln сводки в корзине</numerusform>
            <numerusform>%Ln сводок в корзине</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln count report(s)</source>
        <translation>
            <numerusform>%Ln сводка</numerusform>
            <numerusform>%Ln сводки</numerusform>
            <numerusform>%Ln сводок</numerusform>
        </translation>
    </message>
    <message>
        <source>No count report matches the search</source>
        <translation>Нет сводок, соответствующих поиску</translation>
    </message>
    <message>
        <source>Words are looked up in notes, lines and sources; source:, region:, from: and to: narrow the list. Press Esc in the search box to see every report.</source>
        <translation>Слова ищутся в примечаниях, строках и источниках; source:, region:, from: и to: сужают список. Нажмите Esc в поле поиска, чтобы увидеть все сводки.</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>Корзина пуста</translation>
    </message>
    <message>
        <source>Deleted count reports stay here until you restore them.</source>
        <translation>Удалённые сводки хранятся здесь, пока вы их не восстановите.</translation>
    </message>
    <message>
        <source>No count reports yet</source>
        <translation>Сводок пока нет</translation>
    </message>
    <message>
        <source>Press Ctrl+N to enter a statement that gives numbers per region, such as a ministry&apos;s overnight tally or a governor&apos;s figure.</source>
        <translation>Нажмите Ctrl+N, чтобы ввести сообщение с числами по регионам, например ночную сводку министерства или данные губернатора.</translation>
    </message>
    <message>
        <source>Saved count report #{0}.</source>
        <translation>Сводка №{0} сохранена.</translation>
    </message>
    <message>
        <source>Moved count report #{0} to the trash.</source>
        <translation>Сводка №{0} перемещена в корзину.</translation>
    </message>
    <message>
        <source>Restored count report #{0}.</source>
        <translation>Сводка №{0} восстановлена.</translation>
    </message>
</context>
<context>
    <name>DamageEditor</name>
    <message>
        <source>Damage notes</source>
        <translation>Записи об ущербе</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Add da&amp;mage</source>
        <translation>Добавить &amp;ущерб</translation>
    </message>
    <message>
        <source>Add a damage note</source>
        <translation>Добавить запись об ущербе</translation>
    </message>
    <message>
        <source>Remove the selected damage note</source>
        <translation>Удалить выбранную запись об ущербе</translation>
    </message>
</context>
<context>
    <name>DamageModel</name>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Сколько</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Тяжесть</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>a whole number, or empty if not stated</source>
        <translation>целое число или пусто, если не указано</translation>
    </message>
</context>
<context>
    <name>DraftPanel</name>
    <message>
        <source>Untick to leave this draft out when saving</source>
        <translation>Снимите отметку, чтобы не сохранять этот черновик</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>This may already be recorded</source>
        <translation>Возможно, это уже записано</translation>
    </message>
    <message>
        <source>These incidents look like the one you are saving. If it is the same event, open it or add your source to it as corroboration instead of a second record.</source>
        <translation>Эти инциденты похожи на сохраняемый. Если это то же событие, откройте его или добавьте к нему свой источник как подтверждение вместо второй записи.</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Вероятные дубликаты</translation>
    </message>
    <message>
        <source>&amp;Open the existing one</source>
        <translation>&amp;Открыть существующую</translation>
    </message>
    <message>
        <source>&amp;Add my sources to it</source>
        <translation>&amp;Добавить в неё мои источники</translation>
    </message>
    <message>
        <source>&amp;Save as a new incident</source>
        <translation>&amp;Сохранить как новый инцидент</translation>
    </message>
</context>
<context>
    <name>EditorForm</name>
    <message>
        <source>Problem with {field}</source>
        <translation>Проблема в поле «{field}»</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export incidents</source>
        <translation>Экспорт инцидентов</translation>
    </message>
    <message>
        <source>What will be exported</source>
        <translation>Что будет экспортировано</translation>
    </message>
    <message>
        <source>Include the change history</source>
        <translation>Включить историю изменений</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Файл для записи</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Состояние экспорта</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>The search cannot be read: {why}</source>
        <translation>Не удаётся разобрать поиск: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln инцидент</numerusform>
            <numerusform>%Ln инцидента</numerusform>
            <numerusform>%Ln инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Export {what} matching “{query}”.</source>
        <translation>Экспортировать {what} по запросу «{query}».</translation>
    </message>
    <message>
        <source>Export all {what}.</source>
        <translation>Экспортировать все {what}.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Give a file name to write to.</source>
        <translation>Укажите имя файла для записи.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Exporting incidents</source>
        <translation>Экспорт инцидентов</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln incident(s) (of {matched}; the others have no coordinates) to {path} in {seconds} s.</source>
        <translation>
            <numerusform>Экспортирован %Ln инцидент (из {matched}; у остальных нет координат) в {path} за {seconds} с.</numerusform>
            <numerusform>Экспортировано %Ln инцидента (из {matched}; у остальных нет координат) в {path} за {seconds} с.</numerusform>
            <numerusform>Экспортировано %Ln инцидентов (из {matched}; у остальных нет координат) в {path} за {seconds} с.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln incident(s) to {path} in {seconds} s.</source>
        <translation>
            <numerusform>Экспортирован %Ln инцидент в {path} за {seconds} с.</numerusform>
            <numerusform>Экспортировано %Ln инцидента в {path} за {seconds} с.</numerusform>
            <numerusform>Экспортировано %Ln инцидентов в {path} за {seconds} с.</numerusform>
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
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Time precision</source>
        <translation>Точность времени</translation>
    </message>
    <message>
        <source>Location precision</source>
        <translation>Точность места</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Средство</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Внешний идентификатор</translation>
    </message>
    <message>
        <source>External type</source>
        <translation>Тип во внешней системе</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>Раненые</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Погибшие</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Реагирование</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Ущерб</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Тяжесть</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>Другое название</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Stated total</source>
        <translation>Заявленный итог</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Число</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>From date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source grade</source>
        <translation>Оценка источника</translation>
    </message>
    <message>
        <source>Has damage</source>
        <translation>Есть ущерб</translation>
    </message>
    <message>
        <source>Only incidents with damage</source>
        <translation>Только инциденты с ущербом</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Любой регион</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>A only</source>
        <translation>Только A</translation>
    </message>
    <message>
        <source>B or better</source>
        <translation>B или выше</translation>
    </message>
    <message>
        <source>C or better</source>
        <translation>C или выше</translation>
    </message>
    <message>
        <source>D or better</source>
        <translation>D или выше</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>Любая оценка</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Change history</source>
        <translation>История изменений</translation>
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
        <translation>После</translation>
    </message>
    <message>
        <source>by {who}</source>
        <translation>— {who}</translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>В корзине</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Import incidents</source>
        <translation>Импорт инцидентов</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <source>A CSV or JSON file</source>
        <translation>Файл CSV или JSON</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <source>Recognise it from the file</source>
        <translation>Определить по файлу</translation>
    </message>
    <message>
        <source>Import nothing (fix the file first)</source>
        <translation>Ничего не импортировать (сначала исправить файл)</translation>
    </message>
    <message>
        <source>Import the good rows and list the others</source>
        <translation>Импортировать правильные строки, остальные перечислить</translation>
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
        <translation>Если в некоторых строках есть проблемы:</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>Выберите файл, чтобы увидеть его содержимое.</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Что сделает импорт</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Проблемы в файле</translation>
    </message>
    <message>
        <source>&amp;Save the problems…</source>
        <translation>&amp;Сохранить список проблем…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>Import incidents from</source>
        <translation>Импортировать инциденты из</translation>
    </message>
    <message>
        <source>Incident files (*.csv *.json);;All files (*)</source>
        <translation>Файлы инцидентов (*.csv *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Проверка {name}</translation>
    </message>
    <message>
        <source>{name} ({fmt}): {rows} rows.</source>
        <translation>{name} ({fmt}): строк — {rows}.</translation>
    </message>
    <message>
        <source>{n} ready to import</source>
        <translation>Готово к импорту: {n}</translation>
    </message>
    <message>
        <source>{n} with problems</source>
        <translation>с проблемами: {n}</translation>
    </message>
    <message>
        <source>{n} repeating an earlier line</source>
        <translation>повторяют более раннюю строку: {n}</translation>
    </message>
    <message>
        <source>{n} already in the database</source>
        <translation>уже в базе данных: {n}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln count report(s)</source>
        <translation>
            <numerusform>%Ln сводка</numerusform>
            <numerusform>%Ln сводки</numerusform>
            <numerusform>%Ln сводок</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported from it.</source>
        <translation>Из него ничего нельзя импортировать.</translation>
    </message>
    <message>
        <source>Fix the file and choose it again, or import the good rows only.</source>
        <translation>Исправьте файл и выберите его снова или импортируйте только правильные строки.</translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation>строка {n}</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>… and {n} more: save the list to see them all.</source>
        <translation>… и ещё {n}: сохраните список, чтобы увидеть все.</translation>
    </message>
    <message>
        <source>Problems and notes ({n})</source>
        <translation>Проблемы и замечания ({n})</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Импорт {name}…</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Импорт {name}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Nothing was imported: {why}</source>
        <translation>Ничего не импортировано: {why}</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Импорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>Сохранить список проблем</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>is not a number like 54.5293</source>
        <translation>— не число вида 54.5293</translation>
    </message>
    <message>
        <source>“{t}” is not one of: {a}</source>
        <translation>«{t}» — не из списка: {a}</translation>
    </message>
    <message>
        <source>“{t}” is not in the gazetteer: choose a suggestion or add it with +</source>
        <translation>«{t}» нет в справочнике мест: выберите вариант или добавьте его кнопкой +</translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation>строка {n}</translation>
    </message>
</context>
<context>
    <name>IncidentListPane</name>
    <message>
        <source>The search failed: {e}</source>
        <translation>Поиск не удался: {e}</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <source>Incident {0}: {1}</source>
        <translation>Инцидент {0}: {1}</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
</context>
<context>
    <name>IncidentTableView</name>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Сбросить столбцы</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the incident</source>
        <translation>Сохранить инцидент</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>Отменить несохранённые изменения</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>No incidents yet</source>
        <translation>Инцидентов пока нет</translation>
    </message>
    <message>
        <source>Press Ctrl+N to record the first one.</source>
        <translation>Нажмите Ctrl+N, чтобы записать первый.</translation>
    </message>
    <message>
        <source>No incidents match this search</source>
        <translation>Нет инцидентов, соответствующих поиску</translation>
    </message>
    <message>
        <source>Change the words or filters, or clear the search box (Esc).</source>
        <translation>Измените слова или фильтры либо очистите поле поиска (Esc).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>The new incident</source>
        <translation>Новый инцидент</translation>
    </message>
    <message>
        <source>That incident no longer exists.</source>
        <translation>Этого инцидента больше нет.</translation>
    </message>
    <message>
        <source>Copied into a new, unsaved incident.</source>
        <translation>Скопировано в новый, ещё не сохранённый инцидент.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %Ln field(s) need attention.</source>
        <translation>
            <numerusform>Не сохранено: %Ln поле требует внимания.</numerusform>
            <numerusform>Не сохранено: %Ln поля требуют внимания.</numerusform>
            <numerusform>Не сохранено: %Ln полей требуют внимания.</numerusform>
        </translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>сохраняется…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>What you typed is still in the form. Try again, or copy it somewhere safe.</source>
        <translation>Всё введённое осталось в форме. Попробуйте ещё раз или скопируйте текст в надёжное место.</translation>
    </message>
    <message>
        <source>Loaded the version saved by {who}.</source>
        <translation>Загружена версия, которую сохранил(а) {who}.</translation>
    </message>
    <message>
        <source>Nothing changed: {e}</source>
        <translation>Ничего не изменено: {e}</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Ничего не изменено</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln incident(s) to the Trash. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%Ln инцидент перемещён в корзину. Ctrl+Z вернёт его.</numerusform>
            <numerusform>%Ln инцидента перемещены в корзину. Ctrl+Z вернёт их.</numerusform>
            <numerusform>%Ln инцидентов перемещены в корзину. Ctrl+Z вернёт их.</numerusform>
        </translation>
    </message>
    <message>
        <source>The step is dropped. Open the incident again to see its newer version.</source>
        <translation>Этот шаг удалён из истории отмены. Откройте инцидент снова, чтобы увидеть новую версию.</translation>
    </message>
    <message>
        <source>Not saved: {e}</source>
        <translation>Не сохранено: {e}</translation>
    </message>
    <message>
        <source>Saved {ref}.</source>
        <translation>Сохранено: {ref}.</translation>
    </message>
    <message>
        <source>Cannot undo: {e}</source>
        <translation>Не удалось отменить: {e}</translation>
    </message>
    <message>
        <source>The record may have been changed elsewhere.</source>
        <translation>Возможно, запись изменили в другом месте.</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Не удалось отменить или повторить</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Новый инцидент</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ещё не сохранено</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>несохранённые изменения</translation>
    </message>
    <message>
        <source>saved {when}</source>
        <translation>сохранено {when}</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message numerus="yes">
        <source>The newest {0} of %Ln incident(s); search to see them all.</source>
        <translation>
            <numerusform>Последние {0} из %Ln инцидента; чтобы увидеть все, воспользуйтесь поиском.</numerusform>
            <numerusform>Последние {0} из %Ln инцидентов; чтобы увидеть все, воспользуйтесь поиском.</numerusform>
            <numerusform>Последние {0} из %Ln инцидентов; чтобы увидеть все, воспользуйтесь поиском.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln инцидент</numerusform>
            <numerusform>%Ln инцидента</numerusform>
            <numerusform>%Ln инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents yet.</source>
        <translation>Инцидентов пока нет.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Briefing language</source>
        <translation>Язык справки</translation>
    </message>
    <message>
        <source>Headings, sentences, dates and numbers of the briefing. What was typed into the records prints as typed.</source>
        <translation>Заголовки, фразы, даты и числа справки. Введённое в записи печатается как есть.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Follow the &amp;system ({language})</source>
        <translation>Как в &amp;системе ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Incident Logger will speak {language} when you start it again.</source>
        <translation>После перезапуска Incident Logger будет на языке: {language}.</translation>
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
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>No incidents match: the briefing would only have its title page.</source>
        <translation>Нет подходящих инцидентов: в справке будет только титульная страница.</translation>
    </message>
    <message>
        <source>No incidents</source>
        <translation>Нет инцидентов</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln инцидент</numerusform>
            <numerusform>%Ln инцидента</numerusform>
            <numerusform>%Ln инцидентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln count statement(s)</source>
        <translation>
            <numerusform> и %Ln сводка</numerusform>
            <numerusform> и %Ln сводки</numerusform>
            <numerusform> и %Ln сводок</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not count the incidents ({what}).</source>
        <translation>Не удалось подсчитать инциденты ({what}).</translation>
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
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Regional counts</source>
        <translation>Сводки</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Number of incidents shown</source>
        <translation>Число показанных инцидентов</translation>
    </message>
    <message>
        <source>This section could not be opened (see the log).</source>
        <translation>Не удалось открыть этот раздел (см. журнал).</translation>
    </message>
    <message>
        <source>{n} shown</source>
        <translation>показано: {n}</translation>
    </message>
    <message>
        <source>{shown} of {matching} shown</source>
        <translation>показано {shown} из {matching}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) in all</source>
        <translation>
            <numerusform>Всего %Ln инцидент</numerusform>
            <numerusform>Всего %Ln инцидента</numerusform>
            <numerusform>Всего %Ln инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Отменить: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Повторить: {what}</translation>
    </message>
    <message>
        <source>Finishing the daily backup before closing…</source>
        <translation>Завершение ежедневной копии перед закрытием…</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>База только для чтения</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Loading the gazetteer…</source>
        <translation>Загрузка справочника мест…</translation>
    </message>
    <message>
        <source>Gazetteer: {n} places added, {m} brought up to date.</source>
        <translation>Справочник мест: добавлено мест — {n}, обновлено — {m}.</translation>
    </message>
    <message>
        <source>The gazetteer could not be loaded: {e}</source>
        <translation>Не удалось загрузить справочник мест: {e}</translation>
    </message>
    <message>
        <source>Daily backup…</source>
        <translation>Ежедневная копия…</translation>
    </message>
    <message>
        <source>Daily backup saved: {name}</source>
        <translation>Ежедневная копия сохранена: {name}</translation>
    </message>
    <message>
        <source>The daily backup failed: {e} Backups has the details.</source>
        <translation>Ежедневная копия не удалась: {e} Подробности — на странице «Резервные копии».</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Проверка базы данных…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>заканчивается раньше начала</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither</source>
        <translation>укажите и широту, и долготу или ни одну из них</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>«{value}» — не целое число</translation>
    </message>
    <message>
        <source>cannot be negative (got {value})</source>
        <translation>не может быть отрицательным (введено {value})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {allowed}</source>
        <translation>«{value}» — не из списка: {allowed}</translation>
    </message>
    <message>
        <source>unknown place (id {id})</source>
        <translation>неизвестное место (id {id})</translation>
    </message>
    <message>
        <source>unknown source (id {id})</source>
        <translation>неизвестный источник (id {id})</translation>
    </message>
    <message>
        <source>this source is listed twice</source>
        <translation>этот источник указан дважды</translation>
    </message>
    <message>
        <source>this region has two lines</source>
        <translation>у этого региона две строки</translation>
    </message>
    <message>
        <source>must be 1 to 6 (got {value})</source>
        <translation>должно быть от 1 до 6 (введено {value})</translation>
    </message>
    <message>
        <source>grade must be A to F (got &apos;{value}&apos;)</source>
        <translation>оценка должна быть от A до F (введено «{value}»)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date and time like 2026-09-12 01:30</source>
        <translation>«{text}» — не дата и время вида 2026-09-12 01:30</translation>
    </message>
    <message>
        <source>This {entity} was changed by someone else after you opened it; nothing was saved.</source>
        <translation>{entity}: запись изменил кто-то другой после того, как вы её открыли; ничего не сохранено.</translation>
    </message>
    <message>
        <source>item {number}: unknown severity &apos;{value}&apos; (one of: {allowed})</source>
        <translation>пункт {number}: неизвестная тяжесть «{value}» (допустимо: {allowed})</translation>
    </message>
    <message>
        <source>item {number}: unknown state &apos;{value}&apos; (one of: {allowed})</source>
        <translation>пункт {number}: неизвестное состояние «{value}» (допустимо: {allowed})</translation>
    </message>
    <message>
        <source>Unclosed quote</source>
        <translation>Незакрытая кавычка</translation>
    </message>
    <message>
        <source>add a closing &quot;</source>
        <translation>добавьте закрывающую &quot;</translation>
    </message>
    <message>
        <source>&apos;-&apos; on its own</source>
        <translation>«-» сам по себе</translation>
    </message>
    <message>
        <source>put it right before a term: -test</source>
        <translation>поставьте его прямо перед словом: -тест</translation>
    </message>
    <message>
        <source>Empty phrase</source>
        <translation>Пустая фраза</translation>
    </message>
    <message>
        <source>put words between the quotes</source>
        <translation>напишите слова между кавычками</translation>
    </message>
    <message>
        <source>A bare *</source>
        <translation>Одиночная *</translation>
    </message>
    <message>
        <source>put it after a word start: interc*</source>
        <translation>поставьте её после начала слова: перехв*</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; has no letters or digits</source>
        <translation>в «{word}» нет букв или цифр</translation>
    </message>
    <message>
        <source>must be between {low:g} and {high:g} (got {value})</source>
        <translation>должно быть от {low:g} до {high:g} (введено {value})</translation>
    </message>
    <message>
        <source>is too long ({length} characters, at most {limit})</source>
        <translation>слишком длинное ({length} симв., не более {limit})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number (write 30+ for &apos;more than 30&apos;)</source>
        <translation>«{text}» — не целое число (пишите 30+ для «более 30»)</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos; is cited by %Ln incident(s); it cannot go to the trash while they cite it</source>
        <translation>
            <numerusform>На «{name}» ссылается %Ln инцидент; в корзину его нельзя, пока на него ссылаются</numerusform>
            <numerusform>На «{name}» ссылаются %Ln инцидента; в корзину его нельзя, пока на него ссылаются</numerusform>
            <numerusform>На «{name}» ссылаются %Ln инцидентов; в корзину его нельзя, пока на него ссылаются</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos; is still used by %Ln incident(s) or place(s); move them first</source>
        <translation>
            <numerusform>«{name}» ещё используется: %Ln инцидент или место; сначала перенесите их</numerusform>
            <numerusform>«{name}» ещё используется: %Ln инцидента или места; сначала перенесите их</numerusform>
            <numerusform>«{name}» ещё используется: %Ln инцидентов или мест; сначала перенесите их</numerusform>
        </translation>
    </message>
    <message>
        <source>a country stands at the top level: set Inside to (top level)</source>
        <translation>страна стоит на верхнем уровне: выберите «Входит в» — (верхний уровень)</translation>
    </message>
    <message>
        <source>a region lies directly in a country, not in a {parent_kind}</source>
        <translation>регион входит прямо в страну, а не в «{parent_kind}»</translation>
    </message>
    <message>
        <source>{name} ({child_kind}) lies inside it, and a {child_kind} cannot lie in a {kind}</source>
        <translation>в него входит {name} ({child_kind}), а «{child_kind}» не может входить в «{kind}»</translation>
    </message>
    <message>
        <source>a place cannot be inside itself</source>
        <translation>место не может входить само в себя</translation>
    </message>
    <message>
        <source>&apos;{word}…&apos; is longer than {limit} characters</source>
        <translation>«{word}…» длиннее {limit} символов</translation>
    </message>
    <message>
        <source>a synonym group needs at least two different words</source>
        <translation>в группе синонимов нужны хотя бы два разных слова</translation>
    </message>
    <message>
        <source>No incident with id {id}</source>
        <translation>Нет инцидента с номером {id}</translation>
    </message>
    <message>
        <source>No place with id {id}</source>
        <translation>Нет места с номером {id}</translation>
    </message>
    <message>
        <source>No source with id {id}</source>
        <translation>Нет источника с номером {id}</translation>
    </message>
    <message>
        <source>No count report with id {id}</source>
        <translation>Нет сводки с номером {id}</translation>
    </message>
    <message>
        <source>This {entity} was changed at {at} after you opened it; nothing was saved.</source>
        <translation>{entity}: запись изменили в {at}, после того как вы её открыли; ничего не сохранено.</translation>
    </message>
    <message>
        <source>This {entity} was changed by {by} at {at} after you opened it; nothing was saved.</source>
        <translation>{entity}: запись изменил(а) {by} в {at}, после того как вы её открыли; ничего не сохранено.</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>count report</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>overnight = {start} the evening before to {end} (or the issued time, if earlier)</source>
        <translation>«ночью» = с {start} предыдущего вечера до {end} (или до времени публикации, если оно раньше)</translation>
    </message>
    <message>
        <source>night &apos;{text}&apos; is not like 20:00-07:00</source>
        <translation>ночь «{text}» записана не в виде 20:00-07:00</translation>
    </message>
    <message>
        <source>night &apos;{text}&apos; holds a time that does not exist</source>
        <translation>в ночи «{text}» указано несуществующее время</translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}. Nothing was written.</source>
        <translation>Не удалось записать {path}: {problem}. Ничего не записано.</translation>
    </message>
    <message>
        <source>the folder cannot be written</source>
        <translation>в папку нельзя записывать</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name to write to.</source>
        <translation>{path} — папка; укажите имя файла для записи.</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a file; choose a file name. Nothing was written.</source>
        <translation>{path} — {kind}, а не файл; выберите имя файла. Ничего не записано.</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>именованный канал</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>устройство</translation>
    </message>
    <message>
        <source>{path} is read-only; choose another name, or make it writable first. Nothing was written.</source>
        <translation>{path} доступен только для чтения; выберите другое имя или сначала разрешите запись. Ничего не записано.</translation>
    </message>
    <message>
        <source>{path} is read-only (the link points to {real}); choose another name, or make it writable first. Nothing was written.</source>
        <translation>{path} доступен только для чтения (ссылка ведёт на {real}); выберите другое имя или сначала разрешите запись. Ничего не записано.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist. Nothing was written.</source>
        <translation>Папки {path} не существует. Ничего не записано.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {problem}.</source>
        <translation>Не удаётся прочитать {path}: {problem}.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Файла {path} нет.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} — папка, а не файл.</translation>
    </message>
    <message>
        <source>Unknown format &apos;{format}&apos;; choose one of {formats}.</source>
        <translation>Неизвестный формат «{format}»; выберите один из: {formats}.</translation>
    </message>
    <message>
        <source>Cannot tell the format from &apos;{name}&apos;; choose one of {formats}.</source>
        <translation>По имени «{name}» формат не определить; выберите один из: {formats}.</translation>
    </message>
    <message>
        <source>event {event} is already in the database</source>
        <translation>событие {event} уже есть в базе данных</translation>
    </message>
    <message>
        <source>an incident with the same title, time and place is already in the database</source>
        <translation>инцидент с тем же заголовком, временем и местом уже есть в базе данных</translation>
    </message>
    <message>
        <source>{why} ({ref}); skipped</source>
        <translation>{why} ({ref}); пропущено</translation>
    </message>
    <message>
        <source>event {event} is already on line {line} of this file; skipped</source>
        <translation>событие {event} уже есть в строке {line} этого файла; пропущено</translation>
    </message>
    <message>
        <source>the same title, time and place as line {line} of this file; skipped</source>
        <translation>тот же заголовок, время и место, что в строке {line} этого файла; пропущено</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time</source>
        <translation>«{value}» — не дата и время</translation>
    </message>
    <message>
        <source>unknown source &apos;{name}&apos;</source>
        <translation>неизвестный источник «{name}»</translation>
    </message>
    <message>
        <source>unknown place &apos;{name}&apos;</source>
        <translation>неизвестное место «{name}»</translation>
    </message>
    <message>
        <source>already in the database; skipped</source>
        <translation>уже есть в базе данных; пропущено</translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation>неизвестный столбец, пропущен</translation>
    </message>
    <message>
        <source>there are no incidents in this file, only its header</source>
        <translation>в этом файле нет инцидентов, только заголовок</translation>
    </message>
    <message>
        <source>this is not UTF-8 text (save it from the spreadsheet as &apos;CSV UTF-8&apos;)</source>
        <translation>это не текст в UTF-8 (сохраните его из таблицы как «CSV UTF-8»)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <source>should be an object, found {found}</source>
        <translation>должно быть объектом, а найдено {found}</translation>
    </message>
    <message>
        <source>holds a lone surrogate ({code}), which is not a character</source>
        <translation>содержит одиночный суррогат ({code}), это не символ</translation>
    </message>
    <message>
        <source>should be text, found {found}</source>
        <translation>должно быть текстом, а найдено {found}</translation>
    </message>
    <message>
        <source>should be text or null, found {found}</source>
        <translation>должно быть текстом или null, а найдено {found}</translation>
    </message>
    <message>
        <source>should be a number, found {found}</source>
        <translation>должно быть числом, а найдено {found}</translation>
    </message>
    <message>
        <source>is out of range (found {found})</source>
        <translation>вне допустимого диапазона (найдено {found})</translation>
    </message>
    <message>
        <source>is too long: {found} (is too large (at most {limit:,}))</source>
        <translation>слишком длинное: {found} (слишком большое, не более {limit:,})</translation>
    </message>
    <message>
        <source>is too large (at most {limit:,})</source>
        <translation>слишком большое (не более {limit:,})</translation>
    </message>
    <message>
        <source>should be a whole number or null, found {found}</source>
        <translation>должно быть целым числом или null, а найдено {found}</translation>
    </message>
    <message>
        <source>should be true or false, found {found}</source>
        <translation>должно быть true или false, а найдено {found}</translation>
    </message>
    <message>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} — не одно из: {allowed}</translation>
    </message>
    <message>
        <source>should be a list of texts</source>
        <translation>должно быть списком текстов</translation>
    </message>
    <message>
        <source>should be a list</source>
        <translation>должно быть списком</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is used twice</source>
        <translation>«{key}» использован дважды</translation>
    </message>
    <message>
        <source>this is not an Incident Logger export (&apos;{format}&apos;)</source>
        <translation>это не экспорт Incident Logger («{format}»)</translation>
    </message>
    <message>
        <source>this is not an Incident Logger export (no &apos;{name}&apos;)</source>
        <translation>это не экспорт Incident Logger (нет «{name}»)</translation>
    </message>
    <message>
        <source>this is not an Incident Logger export (&apos;{format}&apos;): GeoJSON is written for maps; import the JSON or CSV export instead</source>
        <translation>это не экспорт Incident Logger («{format}»): GeoJSON пишется для карт; импортируйте экспорт JSON или CSV</translation>
    </message>
    <message>
        <source>the version must be a number, like 1 (found {found})</source>
        <translation>версия должна быть числом, например 1 (найдено {found})</translation>
    </message>
    <message>
        <source>version {version} is newer than this release reads ({reads})</source>
        <translation>версия {version} новее той, что читает эта версия программы ({reads})</translation>
    </message>
    <message>
        <source>A colleague changed this record after you opened it, so it was not moved to or from the trash. It now shows their version: look at it and decide again.</source>
        <translation>Коллега изменил(а) эту запись после того, как вы её открыли, поэтому она не перемещена в корзину и не восстановлена из неё. Теперь показана версия коллеги: посмотрите её и решите снова.</translation>
    </message>
    <message>
        <source>A colleague changed {ref} after you saw it, so none of the selected incidents was moved to or from the trash. The list now shows the current state: look at it and decide again.</source>
        <translation>Коллега изменил(а) {ref} после того, как вы это увидели, поэтому ни один из выбранных инцидентов не перемещён в корзину и не восстановлен из неё. Теперь список показывает текущее состояние: посмотрите его и решите снова.</translation>
    </message>
    <message>
        <source>A colleague changed {ref} after this step, so the step was neither undone nor redone: nothing changed.</source>
        <translation>Коллега изменил(а) {ref} после этого шага, поэтому шаг не отменён и не повторён: ничего не изменено.</translation>
    </message>
    <message>
        <source>unknown section, ignored</source>
        <translation>неизвестный раздел, пропущен</translation>
    </message>
    <message>
        <source>appears twice in the document</source>
        <translation>встречается в документе дважды</translation>
    </message>
    <message>
        <source>there are no incidents or count reports in this file</source>
        <translation>в этом файле нет ни инцидентов, ни сводок</translation>
    </message>
    <message>
        <source>places are inside each other</source>
        <translation>места входят друг в друга</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a place in the file</source>
        <translation>«{name}» — не место из этого файла</translation>
    </message>
    <message>
        <source>should be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>holds a value that cannot be stored (a lone surrogate?)</source>
        <translation>содержит значение, которое нельзя сохранить (одиночный суррогат?)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date like 2024-03-15 or 15 March 2024</source>
        <translation>«{value}» — не дата вида 2024-03-15 или 15 March 2024</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; should be 1, 2 or 3</source>
        <translation>«{value}» должно быть 1, 2 или 3</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is too large (at most {limit:,})</source>
        <translation>«{value}» — слишком большое (не больше {limit:,})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number (leave it empty if not stated)</source>
        <translation>«{value}» — не целое число (оставьте пустым, если не указано)</translation>
    </message>
    <message>
        <source>source {number} has no name</source>
        <translation>у источника {number} нет названия</translation>
    </message>
    <message>
        <source>source {number}: grade &apos;{grade}&apos; should look like B2</source>
        <translation>источник {number}: оценка «{grade}» должна выглядеть как B2</translation>
    </message>
    <message>
        <source>item {number}: quantity {problem}</source>
        <translation>пункт {number}: количество {problem}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has an empty name between the &apos;{separator}&apos; signs</source>
        <translation>в «{text}» пустое название между знаками «{separator}»</translation>
    </message>
    <message>
        <source>the CSV is malformed here ({detail}); reading stopped</source>
        <translation>здесь CSV повреждён ({detail}); чтение остановлено</translation>
    </message>
    <message>
        <source>a quote opened here is never closed; reading stopped</source>
        <translation>открытая здесь кавычка нигде не закрыта; чтение остановлено</translation>
    </message>
    <message>
        <source>has {cells} cells where the header has {width} (a stray separator or an unclosed quote?)</source>
        <translation>ячеек: {cells}, а в заголовке — {width} (лишний разделитель или незакрытая кавычка?)</translation>
    </message>
    <message>
        <source>the file is empty: there are no incidents to import</source>
        <translation>файл пуст: импортировать нечего</translation>
    </message>
    <message>
        <source>the header is malformed ({detail})</source>
        <translation>заголовок повреждён ({detail})</translation>
    </message>
    <message>
        <source>the columns are separated by {separator}, not commas; read that way</source>
        <translation>столбцы разделены не запятыми, а {separator}; прочитано так</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>точками с запятой</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>табуляциями</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>вертикальными чертами</translation>
    </message>
    <message>
        <source>the column appears twice in the header (columns {one} and {two})</source>
        <translation>столбец дважды встречается в заголовке (столбцы {one} и {two})</translation>
    </message>
    <message>
        <source>this is not an ACLED event file (no event_id_cnty header)</source>
        <translation>это не файл событий ACLED (нет заголовка event_id_cnty)</translation>
    </message>
    <message>
        <source>the header has no column {names}</source>
        <translation>в заголовке нет столбца {names}</translation>
    </message>
    <message>
        <source>the header has no column {names} (this is an ACLED file: import it as ACLED)</source>
        <translation>в заголовке нет столбца {names} (это файл ACLED: импортируйте его как ACLED)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>прочитана %Ln строка</numerusform>
            <numerusform>прочитано %Ln строки</numerusform>
            <numerusform>прочитано %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) read</source>
        <translation>
            <numerusform>прочитан %Ln инцидент</numerusform>
            <numerusform>прочитано %Ln инцидента</numerusform>
            <numerusform>прочитано %Ln инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <source>lists or objects are nested too deeply (at most {limit} levels)</source>
        <translation>списки или объекты вложены слишком глубоко (не больше {limit} уровней)</translation>
    </message>
    <message>
        <source>a number of {digits:,} digits</source>
        <translation>число из {digits:,} цифр</translation>
    </message>
    <message>
        <source>not valid JSON: {problem} (column {column})</source>
        <translation>неверный JSON: {problem} (столбец {column})</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>ожидалось значение</translation>
    </message>
    <message>
        <source>a JSON object (&apos;{&apos;) was expected</source>
        <translation>ожидался объект JSON («{»)</translation>
    </message>
    <message>
        <source>a property name in double quotes was expected</source>
        <translation>ожидалось имя свойства в двойных кавычках</translation>
    </message>
    <message>
        <source>&apos;:&apos; was expected</source>
        <translation>ожидалось «:»</translation>
    </message>
    <message>
        <source>&apos;,&apos; was expected</source>
        <translation>ожидалось «,»</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; was expected</source>
        <translation>ожидалось «,» или «}»</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; was expected</source>
        <translation>ожидалось «,» или «]»</translation>
    </message>
    <message>
        <source>a text is never closed</source>
        <translation>текст нигде не закрыт кавычкой</translation>
    </message>
    <message>
        <source>a text holds a control character (a line break or tab not escaped)</source>
        <translation>в тексте управляющий символ (неэкранированный перевод строки или табуляция)</translation>
    </message>
    <message>
        <source>a text holds a bad \ escape</source>
        <translation>в тексте неверная последовательность с \</translation>
    </message>
    <message>
        <source>there is more after the document&apos;s end</source>
        <translation>после конца документа есть что-то ещё</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>Could not back up {path} to {folder}: {problem}. No backup was written; the database itself is unchanged.</source>
        <translation>Не удалось сделать резервную копию {path} в {folder}: {problem}. Копия не записана; сама база данных не изменилась.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>По пути {path} нет базы данных для резервного копирования.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Папки {path} не существует.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>По пути {path} нет файла резервной копии.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {problems}.</source>
        <translation>{path} нельзя восстановить: {problems}.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Базу данных нельзя восстановить из неё самой.</translation>
    </message>
    <message>
        <source>{path} is in a folder that cannot be written, so a backup cannot be restored into it. Restore it as a new file somewhere else instead.</source>
        <translation>{path} лежит в папке, в которую нельзя записывать, поэтому восстановить в неё копию нельзя. Восстановите её как новый файл в другом месте.</translation>
    </message>
    <message>
        <source>Restoring {name} failed ({problem}). The database is as it was.</source>
        <translation>Восстановить {name} не удалось ({problem}). База данных осталась прежней.</translation>
    </message>
    <message>
        <source>Restoring {name} failed ({problem}). The database is as it was; a copy of it is in {copy}.</source>
        <translation>Восстановить {name} не удалось ({problem}). База данных осталась прежней; её копия — в {copy}.</translation>
    </message>
    <message>
        <source>{path} already exists; it was not overwritten.</source>
        <translation>{path} уже существует; файл не перезаписан.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Nothing from this change was saved; everything saved before is intact. Free some space and try again.</source>
        <translation>Диск с {path} заполнен. Из этого изменения ничего не сохранено; всё сохранённое ранее цело. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>The disk reported an error while using {path} ({detail}). Nothing from this change was saved; everything saved before is intact. Check the disk (or network drive) and try again.</source>
        <translation>Диск сообщил об ошибке при работе с {path} ({detail}). Из этого изменения ничего не сохранено; всё сохранённое ранее цело. Проверьте диск (или сетевой диск) и попробуйте снова.</translation>
    </message>
    <message>
        <source>{path} cannot be written (the file, its folder or the disk is read-only). Nothing from this change was saved; everything saved before is intact.</source>
        <translation>В {path} нельзя записать (файл, его папка или диск только для чтения). Из этого изменения ничего не сохранено; всё сохранённое ранее цело.</translation>
    </message>
    <message>
        <source>Another program (perhaps a second copy of Incident Logger) kept {path} busy for more than {seconds} seconds. Nothing from this change was saved; everything saved before is intact. Try again.</source>
        <translation>Другая программа (возможно, вторая копия Incident Logger) занимала {path} дольше {seconds} с. Из этого изменения ничего не сохранено; всё сохранённое ранее цело. Попробуйте снова.</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). Restore a backup (File › Backups) or open another database; the damaged file is left as it is.</source>
        <translation>{path} повреждён ({detail}). Восстановите резервную копию (Файл › Резервные копии) или откройте другую базу; повреждённый файл оставлен как есть.</translation>
    </message>
    <message>
        <source>Cannot open {path} ({detail}).</source>
        <translation>Не удаётся открыть {path} ({detail}).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}.</source>
        <translation>Не удаётся прочитать {path}: {detail}.</translation>
    </message>
    <message>
        <source>{path} is not an Incident Logger database: it is not an SQLite database at all (another kind of file, an encrypted file, or one overwritten by mistake). The file was left exactly as it is.</source>
        <translation>{path} — не база Incident Logger: это вообще не база SQLite (файл другого типа, зашифрованный или по ошибке перезаписанный). Файл оставлен в точности как был.</translation>
    </message>
    <message>
        <source>{path} is cut off after {size} bytes. The file was left exactly as it is.</source>
        <translation>{path} обрывается после {size} байт. Файл оставлен в точности как был.</translation>
    </message>
    <message>
        <source>{path} is damaged: it is shorter than it should be ({size:,} of {expected:,} bytes), probably cut off while being copied or saved. Restore a backup or open another file. The file was left exactly as it is.</source>
        <translation>{path} повреждён: он короче, чем должен быть ({size:,} из {expected:,} байт), вероятно, оборван при копировании или сохранении. Восстановите резервную копию или откройте другой файл. Файл оставлен в точности как был.</translation>
    </message>
    <message>
        <source>{path} is damaged: its table definitions are unreadable ({detail}). Restore a backup or open another file. The file was left exactly as it is.</source>
        <translation>{path} повреждён: описания его таблиц не читаются ({detail}). Восстановите резервную копию или откройте другой файл. Файл оставлен в точности как был.</translation>
    </message>
    <message>
        <source>{path} has schema version {version}, but this release of Incident Logger knows only up to {known}: it was written by a newer release. Open it with that release. The file was left exactly as it is.</source>
        <translation>У {path} версия схемы {version}, а этот выпуск Incident Logger знает только до {known}: файл записан более новым выпуском. Откройте его тем выпуском. Файл оставлен в точности как был.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database, but not one of Incident Logger&apos;s (it belongs to another program). The file was left exactly as it is.</source>
        <translation>{path} — база SQLite, но не Incident Logger (она принадлежит другой программе). Файл оставлен в точности как был.</translation>
    </message>
    <message>
        <source>{path} was written by an older release and needs an upgrade, but it cannot be written here. Copy it to a folder you can write and open the copy.</source>
        <translation>{path} записан более старым выпуском и требует обновления, но записывать сюда нельзя. Скопируйте его в папку, доступную для записи, и откройте копию.</translation>
    </message>
    <message>
        <source>{path} is damaged: SQLite&apos;s check found {found} problems (incident-logger check --verbose lists them). Restore a backup, salvage what can be read (incident-logger salvage), or open another file. The file was left exactly as it is.</source>
        <translation>{path} повреждён: проверка SQLite нашла проблем: {found} (их перечисляет incident-logger check --verbose). Восстановите резервную копию, спасите то, что читается (incident-logger salvage), или откройте другой файл. Файл оставлен в точности как был.</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a database ({detail}). Restore a backup or open another file. The file was left exactly as it is.</source>
        <translation>{path} повреждён или не является базой ({detail}). Восстановите резервную копию или откройте другой файл. Файл оставлен в точности как был.</translation>
    </message>
    <message>
        <source>{path} is open read-only, so nothing can be changed. {why}</source>
        <translation>{path} открыт только для чтения, поэтому ничего нельзя изменить. {why}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} — папка, а не файл базы.</translation>
    </message>
    <message>
        <source>Cannot create a database in {folder}: the folder cannot be written. Choose another place for it.</source>
        <translation>Не удаётся создать базу в {folder}: в эту папку нельзя записывать. Выберите для неё другое место.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <source>{path} needs an upgrade to this release&apos;s format, but a backup could not be written first ({detail}). Nothing was changed. Free some disk space or check the backup folder {folder}, then try again.</source>
        <translation>{path} нужно обновить до формата этого выпуска, но сначала не удалось записать резервную копию ({detail}). Ничего не изменено. Освободите место на диске или проверьте папку копий {folder} и попробуйте снова.</translation>
    </message>
    <message>
        <source>{path} cannot be read here: its folder cannot be written and it has unsaved changes in {name}-wal, which SQLite can only read from a writable folder. A private copy could not be made either ({detail}). Copy the file and its -wal to a folder you can write and open the copy.</source>
        <translation>{path} здесь не прочитать: в его папку нельзя записывать, а в {name}-wal есть несохранённые изменения, которые SQLite читает только из папки, доступной для записи. Личную копию сделать тоже не удалось ({detail}). Скопируйте файл и его -wal в папку, доступную для записи, и откройте копию.</translation>
    </message>
    <message>
        <source>This database was opened read-only.</source>
        <translation>Эта база открыта только для чтения.</translation>
    </message>
    <message>
        <source>The folder {folder} (or the file itself) cannot be written, so the database is open read-only: you can search, read and export, but not change anything.</source>
        <translation>В папку {folder} (или в сам файл) нельзя записывать, поэтому база открыта только для чтения: можно искать, читать и экспортировать, но ничего не менять.</translation>
    </message>
    <message>
        <source>{path} is open read-only.</source>
        <translation>{path} открыт только для чтения.</translation>
    </message>
    <message>
        <source>{path} cannot be written here.</source>
        <translation>В {path} здесь нельзя записывать.</translation>
    </message>
    <message>
        <source>{why} It was opened read-only from a private copy (with the changes in its -wal), deleted when it is closed.</source>
        <translation>{why} Она открыта только для чтения из личной копии (с изменениями из её -wal), которая удаляется при закрытии.</translation>
    </message>
    <message>
        <source>{path} is open read-only; nothing can be imported. {why}</source>
        <translation>{path} открыт только для чтения; импортировать ничего нельзя. {why}</translation>
    </message>
    <message>
        <source>there is no database at {path}</source>
        <translation>по адресу {path} нет базы</translation>
    </message>
    <message>
        <source>cannot open {path}: {problem}</source>
        <translation>не удаётся открыть {path}: {problem}</translation>
    </message>
    <message>
        <source>SQLite&apos;s check: {line}</source>
        <translation>проверка SQLite: {line}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) point at records that do not exist</source>
        <translation>
            <numerusform>%Ln строка ссылается на несуществующие записи</numerusform>
            <numerusform>%Ln строки ссылаются на несуществующие записи</numerusform>
            <numerusform>%Ln строк ссылаются на несуществующие записи</numerusform>
        </translation>
    </message>
    <message>
        <source>schema version {found}, this release expects {expected}</source>
        <translation>версия схемы {found}, этот выпуск ожидает {expected}</translation>
    </message>
    <message>
        <source>the search index holds {indexed} documents for {incidents} incidents</source>
        <translation>в поисковом индексе документов: {indexed}, а инцидентов: {incidents}</translation>
    </message>
    <message>
        <source>not a usable Incident Logger database: {detail}</source>
        <translation>непригодная база Incident Logger: {detail}</translation>
    </message>
    <message>
        <source>the search index&apos;s own check was skipped: it needs a file that can be written</source>
        <translation>собственная проверка поискового индекса пропущена: ей нужен файл, доступный для записи</translation>
    </message>
    <message>
        <source>search index: {detail}</source>
        <translation>поисковый индекс: {detail}</translation>
    </message>
    <message>
        <source>it was written by a newer release (schema {found}); this one knows up to {known}</source>
        <translation>она записана более новым выпуском (схема {found}); этот знает только до {known}</translation>
    </message>
    <message>
        <source>it is not an Incident Logger database</source>
        <translation>это не база Incident Logger</translation>
    </message>
    <message>
        <source>{database} is a team database on a PostgreSQL server, and salvage only rescues what a damaged database file still holds. A server keeps its own data safe: after a crash it recovers by itself. To go back to an earlier state, ask the database&apos;s administrator to restore a backup with pg_restore (&apos;incident-logger --db URL backup&apos; writes one with pg_dump). To keep a copy of your own, run &apos;incident-logger copy URL FILE&apos;.</source>
        <translation>{database} — общая база данных на сервере PostgreSQL, а спасение (salvage) извлекает только то, что ещё читается в повреждённом файле базы данных. Сервер сам бережёт свои данные: после сбоя он восстанавливается сам. Чтобы вернуться к прежнему состоянию, попросите администратора базы данных восстановить резервную копию командой pg_restore (&apos;incident-logger --db URL backup&apos; делает её через pg_dump). Чтобы сохранить собственную копию, выполните &apos;incident-logger copy URL FILE&apos;.</translation>
    </message>
    <message>
        <source>period start: {problem}</source>
        <translation>начало периода: {problem}</translation>
    </message>
    <message>
        <source>period end: {problem}</source>
        <translation>конец периода: {problem}</translation>
    </message>
    <message>
        <source>the period starts ({start}) after it ends ({end})</source>
        <translation>период начинается ({start}) позже, чем кончается ({end})</translation>
    </message>
    <message>
        <source>{field}: is too long ({length:,} characters, at most {limit:,})</source>
        <translation>{field}: слишком длинное ({length:,} симв., не более {limit:,})</translation>
    </message>
    <message>
        <source>{problem} at position {position}</source>
        <translation>{problem} (позиция {position})</translation>
    </message>
    <message>
        <source>{problem} at position {position}: {hint}</source>
        <translation>{problem} (позиция {position}): {hint}</translation>
    </message>
    <message>
        <source>{problem}: {hint}</source>
        <translation>{problem}: {hint}</translation>
    </message>
    <message>
        <source>&apos;=&apos; on its own</source>
        <translation>«=» отдельно от слова</translation>
    </message>
    <message>
        <source>put it right before a word: =Брянской</source>
        <translation>ставьте его вплотную перед словом: =Брянской</translation>
    </message>
    <message>
        <source>remove it</source>
        <translation>удалите это</translation>
    </message>
    <message>
        <source>Unknown field &apos;{name}&apos;</source>
        <translation>Неизвестное поле «{name}»</translation>
    </message>
    <message>
        <source>known fields: {names} (quote the word to search for it as text)</source>
        <translation>известные поля: {names} (возьмите слово в кавычки, чтобы искать его как текст)</translation>
    </message>
    <message>
        <source>Empty value after &apos;{name}:&apos;</source>
        <translation>Пустое значение после «{name}:»</translation>
    </message>
    <message>
        <source>Bad value &apos;{value}&apos; for {field}</source>
        <translation>Неверное значение «{value}» для {field}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a real date</source>
        <translation>«{value}» — несуществующая дата</translation>
    </message>
    <message>
        <source>Nothing after &apos;{text}&apos;</source>
        <translation>Ничего после «{text}»</translation>
    </message>
    <message>
        <source>put a term after it or remove it</source>
        <translation>добавьте после него условие или уберите его</translation>
    </message>
    <message>
        <source>put a term before it or remove it</source>
        <translation>добавьте перед ним условие или уберите его</translation>
    </message>
    <message>
        <source>Too many nested parentheses</source>
        <translation>Слишком много вложенных скобок</translation>
    </message>
    <message>
        <source>simplify</source>
        <translation>упростите</translation>
    </message>
    <message>
        <source>Empty parentheses</source>
        <translation>Пустые скобки</translation>
    </message>
    <message>
        <source>put terms inside</source>
        <translation>напишите что-нибудь внутри</translation>
    </message>
    <message>
        <source>Unclosed parenthesis</source>
        <translation>Незакрытая скобка</translation>
    </message>
    <message>
        <source>add a closing )</source>
        <translation>добавьте закрывающую )</translation>
    </message>
    <message>
        <source>Unmatched )</source>
        <translation>Лишняя )</translation>
    </message>
    <message>
        <source>remove it or add an opening (</source>
        <translation>удалите её или добавьте открывающую (</translation>
    </message>
    <message>
        <source>&apos;{name}:&apos; applies to incidents, not count reports</source>
        <translation>«{name}:» относится к инцидентам, а не к сводкам</translation>
    </message>
    <message>
        <source>count reports know source:, region:, from:, to:, reliability: and words</source>
        <translation>в сводках ищут source:, region:, from:, to:, reliability: и слова</translation>
    </message>
    <message>
        <source>No place is named &apos;{text}&apos;.</source>
        <translation>Нет места с названием «{text}».</translation>
    </message>
    <message>
        <source>No category is named &apos;{value}&apos;.</source>
        <translation>Нет категории с названием «{value}».</translation>
    </message>
    <message>
        <source>No source name contains &apos;{value}&apos;.</source>
        <translation>Ни в одном названии источника нет «{value}».</translation>
    </message>
    <message>
        <source>count statements: all in the period; the search applies to incidents</source>
        <translation>сводки: все за период; поиск относится к инцидентам</translation>
    </message>
    <message>
        <source>region or place, e.g. region:Калуга or place:&quot;Нижний Новгород&quot;</source>
        <translation>регион или место, например region:Калуга или place:&quot;Нижний Новгород&quot;</translation>
    </message>
    <message>
        <source>incident category, e.g. category:interception</source>
        <translation>категория инцидента, например category:interception</translation>
    </message>
    <message>
        <source>one of reported, confirmed, disputed, closed</source>
        <translation>одно из: reported, confirmed, disputed, closed</translation>
    </message>
    <message>
        <source>the weapon or cause: drone, missile, artillery, aircraft, sabotage, unknown</source>
        <translation>оружие или причина: drone, missile, artillery, aircraft, sabotage, unknown</translation>
    </message>
    <message>
        <source>name of a reporting source, e.g. source:ministry</source>
        <translation>название источника, например source:ministry</translation>
    </message>
    <message>
        <source>a tag, e.g. tag:night</source>
        <translation>метка, например tag:night</translation>
    </message>
    <message>
        <source>reliability A-F and credibility 1-6 together, e.g. grade:B2</source>
        <translation>надёжность A-F и достоверность 1-6 вместе, например grade:B2</translation>
    </message>
    <message>
        <source>source reliability A-F (A best), optionally compared: reliability:&lt;=B</source>
        <translation>надёжность источника A-F (A лучшая), можно сравнивать: reliability:&lt;=B</translation>
    </message>
    <message>
        <source>information credibility 1-6 (1 best), optionally compared: credibility:&lt;=2</source>
        <translation>достоверность сведений 1-6 (1 лучшая), можно сравнивать: credibility:&lt;=2</translation>
    </message>
    <message>
        <source>on or after a date, e.g. from:2026-09-01 or from:2026-09-01T06:00</source>
        <translation>с даты, например from:2026-09-01 или from:2026-09-01T06:00</translation>
    </message>
    <message>
        <source>on or before a date, e.g. to:2026-09-12 or to:2026-09-12T18:30</source>
        <translation>по дату, например to:2026-09-12 или to:2026-09-12T18:30</translation>
    </message>
    <message>
        <source>a number, optionally compared (injuries:&gt;0), or injuries:unknown</source>
        <translation>число, можно сравнивать (injuries:&gt;0), или injuries:unknown</translation>
    </message>
    <message>
        <source>a number, optionally compared (fatalities:&gt;=3), or fatalities:unknown</source>
        <translation>число, можно сравнивать (fatalities:&gt;=3), или fatalities:unknown</translation>
    </message>
    <message>
        <source>one of damage, coords, sources, tags, narrative, injuries, fatalities</source>
        <translation>одно из: damage, coords, sources, tags, narrative, injuries, fatalities</translation>
    </message>
    <message>
        <source>yes (only deleted incidents) or no</source>
        <translation>yes (только удалённые инциденты) или no</translation>
    </message>
    <message>
        <source>an incident number, e.g. id:123 or ref:INC-000123</source>
        <translation>номер инцидента, например id:123 или ref:INC-000123</translation>
    </message>
    <message>
        <source>Nothing before &apos;{text}&apos;</source>
        <translation>Ничего перед «{text}»</translation>
    </message>
    <message>
        <source>Unexpected end of query</source>
        <translation>Запрос неожиданно закончился</translation>
    </message>
    <message>
        <source>add a term</source>
        <translation>добавьте слово</translation>
    </message>
    <message>
        <source>Query too long</source>
        <translation>Слишком длинный запрос</translation>
    </message>
    <message>
        <source>it has {length:,} characters and the limit is {limit:,}; shorten it</source>
        <translation>в нём {length:,} симв., а предел — {limit:,}; сократите его</translation>
    </message>
    <message>
        <source>Not a character</source>
        <translation>Это не символ</translation>
    </message>
    <message>
        <source>retype this part of the query</source>
        <translation>наберите эту часть запроса заново</translation>
    </message>
</context>
<context>
    <name>NewPlaceDialog</name>
    <message>
        <source>New place</source>
        <translation>Новое место</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Название места</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Вид места</translation>
    </message>
    <message>
        <source>Inside (parent place)</source>
        <translation>Входит в (вышестоящее место)</translation>
    </message>
    <message>
        <source>The region or district it lies in (any spelling)</source>
        <translation>Регион или район, в котором оно находится (любое написание)</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <source>Other spellings, separated by commas</source>
        <translation>Другие написания через запятую</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Inside</source>
        <translation>&amp;Входит в</translation>
    </message>
    <message>
        <source>&amp;Also known as</source>
        <translation>&amp;Другие названия</translation>
    </message>
    <message>
        <source>Inside: choose a suggested place, or leave it empty</source>
        <translation>Входит в: выберите предложенное место или оставьте пустым</translation>
    </message>
</context>
<context>
    <name>NewSourceDialog</name>
    <message>
        <source>New source</source>
        <translation>Новый источник</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Название источника</translation>
    </message>
    <message>
        <source>e.g. Governor of Kaluga Oblast (Telegram)</source>
        <translation>например Губернатор Калужской области (Telegram)</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Вид источника</translation>
    </message>
    <message>
        <source>Reliability grade</source>
        <translation>Оценка надёжности</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation>&amp;Надёжность</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Ссылка</translation>
    </message>
</context>
<context>
    <name>OpenProgress</name>
    <message>
        <source>Upgrading the database</source>
        <translation>Обновление базы данных</translation>
    </message>
    <message>
        <source>Upgrading {file}: {step}
{done:,} of {total:,}</source>
        <translation>Обновление {file}: {step}
{done:,} из {total:,}</translation>
    </message>
    <message>
        <source>Upgrading {file}: {step}…</source>
        <translation>Обновление {file}: {step}…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Открытие базы данных</translation>
    </message>
</context>
<context>
    <name>OutputPicker</name>
    <message>
        <source>Output file</source>
        <translation>Файл для записи</translation>
    </message>
    <message>
        <source>Where to save the PDF</source>
        <translation>Куда сохранить PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Выберите файл для записи</translation>
    </message>
    <message>
        <source>Save briefing as</source>
        <translation>Сохранить справку как</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PaperChoice</name>
    <message>
        <source>Paper size</source>
        <translation>Формат бумаги</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 мм)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 дюймов)</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>New from statement</source>
        <translation>Новое из сообщения</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Paste a governor&apos;s post, a ministry&apos;s tally or a news item (ru, uk, en)</source>
        <translation>Вставьте пост губернатора, сводку министерства или новость (ru, uk, en)</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Разобрать</translation>
    </message>
    <message>
        <source>The statement:</source>
        <translation>Сообщение:</translation>
    </message>
</context>
<context>
    <name>PeriodEdit</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>Limit the period start</source>
        <translation>Ограничить начало периода</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>Limit the period end</source>
        <translation>Ограничить конец периода</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source>The period ends before it starts: pick a later end or an earlier start.</source>
        <translation>Период заканчивается раньше, чем начинается: выберите более поздний конец или более раннее начало.</translation>
    </message>
</context>
<context>
    <name>PlaceEditor</name>
    <message>
        <source>Place name</source>
        <translation>Название места</translation>
    </message>
    <message>
        <source>e.g. Калужская область</source>
        <translation>например Калужская область</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Вид места</translation>
    </message>
    <message>
        <source>Inside (parent place)</source>
        <translation>Входит в (вышестоящее место)</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Код страны</translation>
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
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Other names, one per line</source>
        <translation>Другие названия, по одному в строке</translation>
    </message>
    <message>
        <source>One per line: Kaluga Oblast, Kaluzhskaya oblast</source>
        <translation>По одному в строке: Калужская область, Kaluga Oblast</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Inside</source>
        <translation>&amp;Входит в</translation>
    </message>
    <message>
        <source>Country / &amp;ISO</source>
        <translation>Страна / &amp;ISO</translation>
    </message>
    <message>
        <source>&amp;Coordinates</source>
        <translation>&amp;Координаты</translation>
    </message>
    <message>
        <source>&amp;Other names</source>
        <translation>&amp;Другие названия</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <source>pick a place from the list (any of its names)</source>
        <translation>выберите место из списка (по любому из названий)</translation>
    </message>
    <message>
        <source>type a decimal number</source>
        <translation>введите десятичное число</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Type a city, district or region (any spelling)</source>
        <translation>Введите город, район или регион (любое написание)</translation>
    </message>
    <message>
        <source>Add a new place</source>
        <translation>Добавить новое место</translation>
    </message>
    <message>
        <source>Add a new place…</source>
        <translation>Добавить новое место…</translation>
    </message>
    <message>
        <source>Add a new place… ({keys})</source>
        <translation>Добавить новое место… ({keys})</translation>
    </message>
    <message>
        <source>Where the chosen place lies</source>
        <translation>Где находится выбранное место</translation>
    </message>
    <message>
        <source>Not in the gazetteer yet: choose from the list or add it (+)</source>
        <translation>Этого места ещё нет в справочнике: выберите из списка или добавьте (+)</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>Incidents in this place</source>
        <translation>Инциденты в этом месте</translation>
    </message>
    <message>
        <source>Select a place to see the incidents in it and inside it.</source>
        <translation>Выберите место, чтобы увидеть инциденты в нём и во входящих в него местах.</translation>
    </message>
    <message>
        <source>Add regions of a country…</source>
        <translation>Добавить регионы страны…</translation>
    </message>
    <message>
        <source>Add a country&apos;s regions from ISO 3166-2</source>
        <translation>Добавить регионы страны из ISO 3166-2</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s)</source>
        <translation>
            <numerusform>%Ln место</numerusform>
            <numerusform>%Ln места</numerusform>
            <numerusform>%Ln мест</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
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
        <translation>Другие названия</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>Новое место</translation>
    </message>
    <message>
        <source>No places in the trash</source>
        <translation>В корзине нет мест</translation>
    </message>
    <message>
        <source>The gazetteer is empty</source>
        <translation>Справочник мест пуст</translation>
    </message>
    <message>
        <source>Press Ctrl+N to add a place, or use “Add regions of a country…” to start from the ISO 3166-2 list.</source>
        <translation>Нажмите Ctrl+N, чтобы добавить место, или «Добавить регионы страны…», чтобы начать со списка ISO 3166-2.</translation>
    </message>
    <message>
        <source>Add regions of a country</source>
        <translation>Добавить регионы страны</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>{0}: added {1} places, {2} were already there.</source>
        <translation>{0}: добавлено мест — {1}, уже были — {2}.</translation>
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
        <translation>Создать: {0}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move the {0} to the trash</source>
        <translation>Переместить в корзину: {0}</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Show {0}s in the trash</source>
        <translation>Показать в корзине: {0}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Take the {0} out of the trash</source>
        <translation>Вернуть из корзины: {0}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Discard the changes typed since the last save</source>
        <translation>Отменить изменения с последнего сохранения</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>The {noun}</source>
        <translation>{noun}</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>Не сохранено: исправьте поля, выделенные красным.</translation>
    </message>
    <message>
        <source>Saved the {0}.</source>
        <translation>Сохранено: {0}.</translation>
    </message>
    <message>
        <source>Loaded the version saved by someone else.</source>
        <translation>Загружена версия, сохранённая другим пользователем.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Изменения отменены.</translation>
    </message>
    <message>
        <source>Cannot move to the trash</source>
        <translation>Не удалось переместить в корзину</translation>
    </message>
    <message>
        <source>Moved the {0} to the trash.</source>
        <translation>В корзину перемещено: {0}.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>What you typed is still in the form. Try again, or copy it somewhere safe.</source>
        <translation>Всё введённое осталось в форме. Попробуйте ещё раз или скопируйте текст в надёжное место.</translation>
    </message>
    <message>
        <source>Moving to the trash…</source>
        <translation>Перемещение в корзину…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <source>Restored the {0}.</source>
        <translation>Восстановлено: {0}.</translation>
    </message>
    <message>
        <source>Nothing changed: {0}</source>
        <translation>Ничего не изменено: {0}</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Ничего не изменено</translation>
    </message>
    <message>
        <source>record</source>
        <translation>запись</translation>
    </message>
    <message>
        <source> in the trash</source>
        <translation> в корзине</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Incident Logger cannot open the database</source>
        <translation>Incident Logger не может открыть базу данных</translation>
    </message>
    <message>
        <source>Nothing has been changed in {name}. Choose how to go on:</source>
        <translation>В {name} ничего не изменено. Выберите, что делать дальше:</translation>
    </message>
    <message>
        <source>Backups of this database</source>
        <translation>Резервные копии этой базы данных</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln incident(s)</source>
        <translation>
            <numerusform>, %Ln инцидент</numerusform>
            <numerusform>, %Ln инцидента</numerusform>
            <numerusform>, %Ln инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup</source>
        <translation>&amp;Восстановить выбранную копию</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Открыть другой файл…</translation>
    </message>
    <message>
        <source>Create a &amp;new database…</source>
        <translation>Создать &amp;новую базу данных…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Open it with the newer release of Incident Logger; this one would lose what the newer one added. You can also open another file or start a new database.</source>
        <translation>Откройте её более новой версией Incident Logger: эта версия потеряла бы то, что добавила новая. Можно также открыть другой файл или создать новую базу данных.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Выберите копию</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановить из копии</translation>
    </message>
    <message>
        <source>The damaged file was kept as {name}.</source>
        <translation>Повреждённый файл сохранён как {name}.</translation>
    </message>
    <message>
        <source>The damaged file was left where it is.</source>
        <translation>Повреждённый файл оставлен на месте.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Копия восстановлена</translation>
    </message>
    <message>
        <source>The backup is now the database at {path}. {where}</source>
        <translation>Копия теперь стала базой данных {path}. {where}</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Создать новую базу данных</translation>
    </message>
    <message>
        <source>{name} already exists; choose a new name so nothing is overwritten.</source>
        <translation>{name} уже существует; выберите новое имя, чтобы ничего не перезаписать.</translation>
    </message>
</context>
<context>
    <name>RegionTotalsModel</name>
    <message>
        <source>Not attributed to a region</source>
        <translation>Без указания региона</translation>
    </message>
    <message>
        <source>The part of each source&apos;s stated totals it gave no region for</source>
        <translation>Часть заявленных итогов каждого источника, не отнесённая ни к одному региону</translation>
    </message>
    <message>
        <source>Stated total</source>
        <translation>Заявленный итог</translation>
    </message>
    <message>
        <source>The totals the sources stated for the period, regions and remainder</source>
        <translation>Итоги, заявленные источниками за период, по регионам и остаток</translation>
    </message>
    <message>
        <source>{0} of {1} reports stated no total</source>
        <translation>{0} из {1} сводок без общего итога</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>{0} gave no figure for {1}</source>
        <translation>{0} не назвал число для {1}</translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} in %Ln report(s)</source>
        <translation>
            <numerusform>{0}: {1} в %Ln сводке</numerusform>
            <numerusform>{0}: {1} в %Ln сводках</numerusform>
            <numerusform>{0}: {1} в %Ln сводках</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} {1} vs {2} {3}</source>
        <translation>{0}: {1}, а {2}: {3}</translation>
    </message>
    <message>
        <source>Sources disagree on {0} for overlapping periods: {1}</source>
        <translation>Источники расходятся по региону {0} за пересекающиеся периоды: {1}</translation>
    </message>
</context>
<context>
    <name>RegionTotalsView</name>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Totals period {0}</source>
        <translation>Период итогов {0}</translation>
    </message>
    <message>
        <source>What was counted</source>
        <translation>Что считали</translation>
    </message>
    <message>
        <source>Everything counted</source>
        <translation>Всё подсчитанное</translation>
    </message>
    <message>
        <source>Only regions where sources &amp;disagree</source>
        <translation>Только регионы, где источники &amp;расходятся</translation>
    </message>
    <message>
        <source>Only regions where sources disagree</source>
        <translation>Только регионы, где источники расходятся</translation>
    </message>
    <message>
        <source>Totals summary</source>
        <translation>Сводка итогов</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <source>Period of the reports &amp;shown</source>
        <translation>Период &amp;показанных сводок</translation>
    </message>
    <message>
        <source>From the earliest to the latest day the listed count reports cover</source>
        <translation>С самого раннего по самый поздний день, охваченный сводками списка</translation>
    </message>
    <message>
        <source>Totals per region by source</source>
        <translation>Итоги по регионам и источникам</translation>
    </message>
    <message>
        <source>Reports behind the selected region</source>
        <translation>Сводки по выбранному региону</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Охваченный период</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Что считали</translation>
    </message>
    <message>
        <source>Select a region to see the reports behind it</source>
        <translation>Выберите регион, чтобы увидеть его сводки</translation>
    </message>
    <message>
        <source>Another source gave a different count for an overlapping period</source>
        <translation>Другой источник назвал другое число за пересекающийся период</translation>
    </message>
    <message>
        <source>Reports behind {0}</source>
        <translation>Сводки по региону {0}</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>No count report that matches the search covers this period.</source>
        <translation>Нет подходящих под поиск сводок за этот период.</translation>
    </message>
    <message>
        <source>No count report covers this period.</source>
        <translation>Нет сводок за этот период.</translation>
    </message>
    <message>
        <source>{0} regions; sources disagree on {1} (highlighted): their reports for overlapping periods give different counts. Totals sum each source&apos;s reports that overlap the chosen dates.</source>
        <translation>Регионов: {0}; источники расходятся по {1} (выделены): их сводки за пересекающиеся периоды дают разные числа. Итоги складывают сводки каждого источника, пересекающиеся с выбранными датами.</translation>
    </message>
    <message>
        <source>{0} regions; the sources agree everywhere.</source>
        <translation>Регионов: {0}; источники везде совпадают.</translation>
    </message>
    <message>
        <source>Reports matching “{0}”: {1}</source>
        <translation>Сводки, соответствующие «{0}»: {1}</translation>
    </message>
    <message>
        <source>Could not compute the totals: {0}</source>
        <translation>Не удалось подсчитать итоги: {0}</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>Count report {0}: {1}</source>
        <translation>Сводка {0}: {1}</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search incidents</source>
        <translation>Поиск инцидентов</translation>
    </message>
    <message>
        <source>Search words, &quot;phrases&quot;, region:Калуга, from:2026-09-01, has:damage …</source>
        <translation>Слова, &quot;фразы&quot;, region:Калуга, from:2026-09-01, has:damage …</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Показать фильтры</translation>
    </message>
    <message>
        <source>Date range, region, category, status, grade</source>
        <translation>Период, регион, категория, статус, оценка</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранённые</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>Search error</source>
        <translation>Ошибка поиска</translation>
    </message>
    <message>
        <source>Search language: words match title, narrative, places and sources.</source>
        <translation>Язык поиска: слова ищутся в заголовке, описании, местах и источниках.</translation>
    </message>
    <message>
        <source>Combine with spaces (and), or, -not, (parentheses).</source>
        <translation>Сочетайте через пробел (и), or, -не, (скобки).</translation>
    </message>
    <message>
        <source>at character {n}</source>
        <translation>в символе {n}</translation>
    </message>
    <message>
        <source>Save this search…</source>
        <translation>Сохранить этот поиск…</translation>
    </message>
    <message>
        <source>Delete a saved search</source>
        <translation>Удалить сохранённый поиск</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <source>Name for this search:</source>
        <translation>Название этого поиска:</translation>
    </message>
    <message>
        <source>Cannot save the search</source>
        <translation>Не удалось сохранить поиск</translation>
    </message>
</context>
<context>
    <name>SearchProgress</name>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Search in progress</source>
        <translation>Идёт поиск</translation>
    </message>
    <message>
        <source>Stop waiting for this search</source>
        <translation>Не ждать этот поиск</translation>
    </message>
    <message>
        <source>Cancel the search</source>
        <translation>Отменить поиск</translation>
    </message>
</context>
<context>
    <name>SectionChoice</name>
    <message>
        <source>&amp;Key figures</source>
        <translation>&amp;Ключевые показатели</translation>
    </message>
    <message>
        <source>Incidents, injuries and fatalities (with unknowns), damage by kind</source>
        <translation>Инциденты, раненые и погибшие (с неизвестными), ущерб по видам</translation>
    </message>
    <message>
        <source>Re&amp;gional counts</source>
        <translation>Данные по &amp;регионам</translation>
    </message>
    <message>
        <source>Counts per region by source, stated totals, remainders, disagreements</source>
        <translation>Числа по регионам и источникам, заявленные итоги, остатки, расхождения</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Диаграммы</translation>
    </message>
    <message>
        <source>Incidents per day or week and per category</source>
        <translation>Инциденты по дням или неделям и по категориям</translation>
    </message>
    <message>
        <source>&amp;Incident list</source>
        <translation>&amp;Список инцидентов</translation>
    </message>
    <message>
        <source>Every incident in time order with its narrative, damage and sources</source>
        <translation>Все инциденты по времени с описанием, ущербом и источниками</translation>
    </message>
    <message>
        <source>Sources anne&amp;x</source>
        <translation>&amp;Приложение: источники</translation>
    </message>
    <message>
        <source>Every cited source with its reliability grade</source>
        <translation>Все упомянутые источники с оценкой надёжности</translation>
    </message>
    <message>
        <source>F&amp;ull details</source>
        <translation>&amp;Полные записи</translation>
    </message>
    <message>
        <source>Past 200 incidents the list is a chronology, one line each; tick this to add every incident&apos;s full entry as an annex</source>
        <translation>Если инцидентов больше 200, список — это хронология по строке на инцидент; отметьте, чтобы добавить полные записи в приложение</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Who published it? Type a name, Enter</source>
        <translation>Кто опубликовал? Введите название, Enter</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <source>Source name</source>
        <translation>Название источника</translation>
    </message>
    <message>
        <source>e.g. Governor of Kaluga Oblast (Telegram)</source>
        <translation>например Губернатор Калужской области (Telegram)</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Вид источника</translation>
    </message>
    <message>
        <source>Reliability grade</source>
        <translation>Оценка надёжности</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation>&amp;Надёжность</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Ссылка</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Примечание</translation>
    </message>
</context>
<context>
    <name>SourceLinksModel</name>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>(unknown source)</source>
        <translation>(неизвестный источник)</translation>
    </message>
    <message>
        <source>Reliability {r}</source>
        <translation>Надёжность {r}</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
</context>
<context>
    <name>SourcesEditor</name>
    <message>
        <source>Source to add</source>
        <translation>Добавляемый источник</translation>
    </message>
    <message>
        <source>Type a source and press Enter</source>
        <translation>Введите источник и нажмите Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add this source</source>
        <translation>Добавить этот источник</translation>
    </message>
    <message>
        <source>A source not in the list yet…</source>
        <translation>Источник, которого ещё нет в списке…</translation>
    </message>
    <message>
        <source>Add a new source</source>
        <translation>Добавить новый источник</translation>
    </message>
    <message>
        <source>Sources of this incident</source>
        <translation>Источники этого инцидента</translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation>Удалить выбранный источник</translation>
    </message>
    <message>
        <source>Reported &amp;by</source>
        <translation>&amp;Кто сообщил</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Incidents citing this source</source>
        <translation>Инциденты со ссылкой на этот источник</translation>
    </message>
    <message>
        <source>Select a source to see the incidents that cite it.</source>
        <translation>Выберите источник, чтобы увидеть ссылающиеся на него инциденты.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln источник</numerusform>
            <numerusform>%Ln источника</numerusform>
            <numerusform>%Ln источников</numerusform>
        </translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Новый источник</translation>
    </message>
    <message>
        <source>No sources in the trash</source>
        <translation>В корзине нет источников</translation>
    </message>
    <message>
        <source>No sources yet</source>
        <translation>Источников пока нет</translation>
    </message>
    <message>
        <source>Press Ctrl+N to add who reports incidents: an official&apos;s channel, a ministry, a news agency.</source>
        <translation>Нажмите Ctrl+N, чтобы добавить, кто сообщает об инцидентах: канал официального лица, министерство, агентство.</translation>
    </message>
</context>
<context>
    <name>StatementView</name>
    <message>
        <source>Statement</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Read but not trusted: check this and fill the field by hand</source>
        <translation>Распознано неуверенно: проверьте и заполните поле вручную</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>The PDF embeds its fonts and can be sent to anyone; the app is not needed.</source>
        <translation>PDF содержит свои шрифты, его можно отправить кому угодно; программа для просмотра не нужна.</translation>
    </message>
    <message>
        <source>Briefing progress</source>
        <translation>Ход подготовки справки</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>Cancel the briefing</source>
        <translation>Отменить подготовку справки</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>Открыть &amp;PDF</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Открыть PDF</translation>
    </message>
    <message>
        <source>Show in fold&amp;er</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <source>Show the PDF in its folder</source>
        <translation>Показать PDF в его папке</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln страница</numerusform>
            <numerusform>%Ln страницы</numerusform>
            <numerusform>%Ln страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Briefing saved ({pages})</source>
        <translation>Справка сохранена ({pages})</translation>
    </message>
    <message>
        <source>Fingerprint {fp} (printed on every page)</source>
        <translation>Отпечаток {fp} (печатается на каждой странице)</translation>
    </message>
    <message>
        <source>Cancelled. No briefing was written.</source>
        <translation>Отменено. Справка не создана.</translation>
    </message>
    <message>
        <source>Your settings are kept: press Create briefing to start again.</source>
        <translation>Настройки сохранены: нажмите «Создать справку», чтобы начать заново.</translation>
    </message>
</context>
<context>
    <name>SynonymsDialog</name>
    <message>
        <source>Search synonyms</source>
        <translation>Синонимы поиска</translation>
    </message>
    <message>
        <source>A search for any word of a group also finds the others, in all their grammatical forms. Changes apply to the next search.</source>
        <translation>Поиск любого слова группы находит и остальные, во всех их грамматических формах. Изменения действуют со следующего поиска.</translation>
    </message>
    <message>
        <source>Synonym groups</source>
        <translation>Группы синонимов</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>&amp;Удалить группу</translation>
    </message>
    <message>
        <source>Remove the selected synonym group</source>
        <translation>Удалить выбранную группу синонимов</translation>
    </message>
    <message>
        <source>Words of a new group</source>
        <translation>Слова новой группы</translation>
    </message>
    <message>
        <source>Words separated by commas, e.g. шахед, Shahed</source>
        <translation>Слова через запятую, например: шахед, Shahed</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>&amp;Добавить группу</translation>
    </message>
    <message>
        <source>New &amp;group:</source>
        <translation>Новая &amp;группа:</translation>
    </message>
</context>
<context>
    <name>TallyBar</name>
    <message>
        <source>Allocated to regions</source>
        <translation>Распределено по регионам</translation>
    </message>
    <message>
        <source>Unallocated remainder</source>
        <translation>Нераспределённый остаток</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Lines exceed the stated total</source>
        <translation>Строки превышают заявленный итог</translation>
    </message>
    <message>
        <source>Allocated: {0}</source>
        <translation>По регионам: {0}</translation>
    </message>
    <message>
        <source>No total stated</source>
        <translation>Итог не указан</translation>
    </message>
    <message>
        <source>Unallocated: none</source>
        <translation>Без региона: нет</translation>
    </message>
    <message>
        <source>Unallocated: {0} of {1}</source>
        <translation>Без региона: {0} из {1}</translation>
    </message>
    <message>
        <source>The lines add up to {0}, which is {1} more than the stated total of {2}. Check the figures; the report can still be saved as the source gave it.</source>
        <translation>Сумма строк — {0}, это на {1} больше заявленного итога {2}. Проверьте числа; сводку всё равно можно сохранить в том виде, как её дал источник.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Отменить выполняемую задачу</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>The Trash is empty</source>
        <translation>Корзина пуста</translation>
    </message>
    <message>
        <source>Deleted incidents wait here until you restore them.</source>
        <translation>Удалённые инциденты хранятся здесь, пока вы их не восстановите.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Deleted incidents, newest first. Restore brings them back.</source>
        <translation>Удалённые инциденты, сначала новые. «Восстановить» возвращает их.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restore the selected incidents</source>
        <translation>Восстановить выбранные инциденты</translation>
    </message>
    <message>
        <source>Restore the selected incidents (Ctrl+R)</source>
        <translation>Восстановить выбранные инциденты (Ctrl+R)</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln incident(s). Ctrl+Z puts them back in the Trash.</source>
        <translation>
            <numerusform>Восстановлен %Ln инцидент. Ctrl+Z вернёт его в корзину.</numerusform>
            <numerusform>Восстановлены %Ln инцидента. Ctrl+Z вернёт их в корзину.</numerusform>
            <numerusform>Восстановлено %Ln инцидентов. Ctrl+Z вернёт их в корзину.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not restored: {e}</source>
        <translation>Не восстановлено: {e}</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <source>Cannot undo: {e}</source>
        <translation>Не удалось отменить: {e}</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Не удалось отменить или повторить</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <source>create {ref}</source>
        <translation>создание {ref}</translation>
    </message>
    <message>
        <source>edit {ref}</source>
        <translation>правка {ref}</translation>
    </message>
    <message>
        <source>delete {ref}</source>
        <translation>удаление {ref}</translation>
    </message>
    <message>
        <source>restore {ref}</source>
        <translation>восстановление {ref}</translation>
    </message>
    <message>
        <source>delete the selected incidents ({n})</source>
        <translation>удаление выбранных инцидентов ({n})</translation>
    </message>
    <message>
        <source>restore the selected incidents ({n})</source>
        <translation>восстановление выбранных инцидентов ({n})</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Incident Logger</source>
        <translation>Добро пожаловать в Incident Logger</translation>
    </message>
    <message>
        <source>Record the first incident</source>
        <translation>Записать первый инцидент</translation>
    </message>
    <message>
        <source>An empty form: what happened, where, when, who said it.</source>
        <translation>Пустая форма: что произошло, где, когда, кто сообщил.</translation>
    </message>
    <message>
        <source>Paste a statement</source>
        <translation>Вставьте сообщение</translation>
    </message>
    <message>
        <source>A governor&apos;s post or a ministry&apos;s tally becomes drafts to check.</source>
        <translation>Пост губернатора или сводка министерства превращаются в черновики для проверки.</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Импортировать файл…</translation>
    </message>
    <message>
        <source>ACLED CSV, or CSV and JSON written by Incident Logger.</source>
        <translation>CSV в формате ACLED или CSV и JSON, записанные Incident Logger.</translation>
    </message>
    <message>
        <source>Try the demo data</source>
        <translation>Попробовать демонстрационные данные</translation>
    </message>
    <message>
        <source>Opens a separate demo database with {n} made-up incidents in a new window. This database stays empty.</source>
        <translation>Открывает в новом окне отдельную демонстрационную базу с вымышленными инцидентами ({n}). Эта база данных останется пустой.</translation>
    </message>
    <message>
        <source>Where your data is</source>
        <translation>Где хранятся ваши данные</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <source>Open &amp;backups</source>
        <translation>Открыть &amp;копии</translation>
    </message>
    <message>
        <source>&amp;Show this when a database is empty</source>
        <translation>&amp;Показывать это, когда база данных пуста</translation>
    </message>
    <message>
        <source>This database is new: nothing is recorded in it yet.</source>
        <translation>Это новая база данных: в ней пока ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>It knows %Ln source(s) to cite.</source>
        <translation>
            <numerusform>В ней есть %Ln источник для ссылок.</numerusform>
            <numerusform>В ней есть %Ln источника для ссылок.</numerusform>
            <numerusform>В ней есть %Ln источников для ссылок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: {db}
Backups: {backups}
A verified copy is made once a day when the app starts, and before every upgrade; the last {daily} days and {weekly} weeks are kept.</source>
        <translation>База данных: {db}
Копии: {backups}
Проверенная копия создаётся раз в день при запуске и перед каждым обновлением; хранятся копии за последние {daily} дн. и {weekly} нед.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Completely reliable</source>
        <translation>Полностью надёжный</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>Обычно надёжный</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>Достаточно надёжный</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>Обычно ненадёжный</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>Ненадёжный</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>Надёжность нельзя оценить</translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation>Подтверждено другими источниками</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>Вероятно, верно</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>Возможно, верно</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Сомнительно</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>Маловероятно</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>Достоверность нельзя оценить</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>незначительные</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>умеренные</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>серьёзные</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>уничтожено</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>fire started</source>
        <translation>возник пожар</translation>
    </message>
    <message>
        <source>fire extinguished</source>
        <translation>пожар потушен</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>восстановлено</translation>
    </message>
    <message>
        <source>interception</source>
        <translation>перехват</translation>
    </message>
    <message>
        <source>debris impact</source>
        <translation>падение обломков</translation>
    </message>
    <message>
        <source>strike</source>
        <translation>удар</translation>
    </message>
    <message>
        <source>fire</source>
        <translation>пожар</translation>
    </message>
    <message>
        <source>explosion</source>
        <translation>взрыв</translation>
    </message>
    <message>
        <source>shelling</source>
        <translation>обстрел</translation>
    </message>
    <message>
        <source>sabotage</source>
        <translation>диверсия</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>сообщено</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>оспаривается</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>drone</source>
        <translation>беспилотник</translation>
    </message>
    <message>
        <source>missile</source>
        <translation>ракета</translation>
    </message>
    <message>
        <source>artillery</source>
        <translation>артиллерия</translation>
    </message>
    <message>
        <source>aircraft</source>
        <translation>авиация</translation>
    </message>
    <message>
        <source>means unknown</source>
        <translation>средство неизвестно</translation>
    </message>
    <message>
        <source>exact time</source>
        <translation>точное время</translation>
    </message>
    <message>
        <source>within the hour</source>
        <translation>в пределах часа</translation>
    </message>
    <message>
        <source>that day</source>
        <translation>в тот день</translation>
    </message>
    <message>
        <source>between start and end</source>
        <translation>между началом и концом</translation>
    </message>
    <message>
        <source>that week</source>
        <translation>на той неделе</translation>
    </message>
    <message>
        <source>that month</source>
        <translation>в том месяце</translation>
    </message>
    <message>
        <source>exact spot</source>
        <translation>точное место</translation>
    </message>
    <message>
        <source>near the place</source>
        <translation>рядом с местом</translation>
    </message>
    <message>
        <source>somewhere in the district</source>
        <translation>где-то в районе</translation>
    </message>
    <message>
        <source>somewhere in the region</source>
        <translation>где-то в регионе</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>district</source>
        <translation>район</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>населённый пункт</translation>
    </message>
    <message>
        <source>official</source>
        <translation>официальное лицо</translation>
    </message>
    <message>
        <source>ministry</source>
        <translation>министерство</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>агентство</translation>
    </message>
    <message>
        <source>media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>social</source>
        <translation>соцсети</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановлено</translation>
    </message>
    <message>
        <source>uncategorised</source>
        <translation>без категории</translation>
    </message>
    <message>
        <source>vehicle</source>
        <translation>транспортное средство</translation>
    </message>
    <message>
        <source>home</source>
        <translation>жилой дом</translation>
    </message>
    <message>
        <source>apartment building</source>
        <translation>многоквартирный дом</translation>
    </message>
    <message>
        <source>utility</source>
        <translation>коммунальный объект</translation>
    </message>
    <message>
        <source>industrial</source>
        <translation>промышленный объект</translation>
    </message>
    <message>
        <source>infrastructure</source>
        <translation>инфраструктура</translation>
    </message>
    <message>
        <source>commercial</source>
        <translation>коммерческий объект</translation>
    </message>
    <message>
        <source>agricultural</source>
        <translation>сельскохозяйственный объект</translation>
    </message>
    <message>
        <source>public building</source>
        <translation>общественное здание</translation>
    </message>
    <message>
        <source>Incident Logger JSON (everything, for another copy of the app)</source>
        <translation>JSON Incident Logger (всё, для другой копии программы)</translation>
    </message>
    <message>
        <source>Incident CSV (one row per incident, for spreadsheets)</source>
        <translation>CSV инцидентов (строка на инцидент, для таблиц)</translation>
    </message>
    <message>
        <source>GeoJSON (incidents with coordinates, for maps)</source>
        <translation>GeoJSON (инциденты с координатами, для карт)</translation>
    </message>
    <message>
        <source>ACLED event CSV (31 columns)</source>
        <translation>CSV событий ACLED (31 столбец)</translation>
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
        <translation>CSV событий ACLED</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>This file is not an Incident Logger database</source>
        <translation>Этот файл не является базой данных Incident Logger</translation>
    </message>
    <message>
        <source>This file belongs to another program</source>
        <translation>Этот файл принадлежит другой программе</translation>
    </message>
    <message>
        <source>This database comes from a newer release</source>
        <translation>Эта база данных создана более новой версией</translation>
    </message>
    <message>
        <source>The database cannot be written</source>
        <translation>В базу данных нельзя записывать</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Диск заполнен</translation>
    </message>
    <message>
        <source>The disk reported an error</source>
        <translation>Диск сообщил об ошибке</translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation>База данных занята</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>The database cannot be used</source>
        <translation>Базу данных нельзя использовать</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>Перед восстановлением</translation>
    </message>
</context>
</TS>
