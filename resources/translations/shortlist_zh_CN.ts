<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupActions</name>
    <message>
        <source>Import running</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Wait for the import to finish first.</source>
        <translation>请等待导入完成。</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>The library is damaged and open read-only.</source>
        <translation>资料库已损坏，以只读方式打开。</translation>
    </message>
    <message>
        <source>The library is damaged</source>
        <translation>资料库已损坏</translation>
    </message>
    <message>
        <source>{message}

Shortlist keeps it open read-only: you can read and export, but nothing more is saved to it.</source>
        <translation>{message}

Shortlist 以只读方式打开它：可以阅读和导出，但不会再向其中保存任何内容。</translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Keep Reading</source>
        <translation>继续阅读</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>There is no backup of this library yet (backups are kept in {folder}).</source>
        <translation>此资料库还没有备份（备份保存在 {folder}）。</translation>
    </message>
    <message>
        <source>Put this backup in place of the library:</source>
        <translation>用此备份替换资料库：</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {backup}? The library as it is now is backed up first.</source>
        <translation>用 {backup} 的备份替换资料库？当前的资料库会先备份。</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>无法恢复备份</translation>
    </message>
    <message>
        <source>Restore the Latest Backup</source>
        <translation>恢复最新备份</translation>
    </message>
</context>
<context>
    <name>BlindFeature</name>
    <message>
        <source>&amp;Blind Review</source>
        <translation>盲审(&amp;B)</translation>
    </message>
    <message>
        <source>Hide names, contacts, photos and personal details</source>
        <translation>隐藏姓名、联系方式、照片和个人信息</translation>
    </message>
    <message>
        <source>Hide &amp;Schools Too</source>
        <translation>同时隐藏学校(&amp;S)</translation>
    </message>
</context>
<context>
    <name>BlindMode</name>
    <message>
        <source>Candidate {number}</source>
        <translation>候选人 {number}</translation>
    </message>
    <message>
        <source>document {number} (.{suffix})</source>
        <translation>文档 {number}（.{suffix}）</translation>
    </message>
    <message>
        <source>document {number}</source>
        <translation>文档 {number}</translation>
    </message>
</context>
<context>
    <name>CollapsibleSection</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>CompareFeature</name>
    <message>
        <source>&amp;Compare Candidates</source>
        <translation>对比候选人(&amp;C)</translation>
    </message>
    <message>
        <source>Compare the two selected candidates side by side</source>
        <translation>并排对比选中的两位候选人</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Back to the candidate (Esc)</source>
        <translation>返回候选人 (Esc)</translation>
    </message>
    <message>
        <source>Swap ⇄</source>
        <translation>互换 ⇄</translation>
    </message>
    <message>
        <source>Original Documents</source>
        <translation>原始文档</translation>
    </message>
    <message>
        <source>Show both original documents side by side</source>
        <translation>并排显示两份原始文档</translation>
    </message>
    <message>
        <source>Compare with another candidate</source>
        <translation>与另一位候选人对比</translation>
    </message>
    <message>
        <source>Compare candidates</source>
        <translation>对比候选人</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>score {score:.1f}</source>
        <translation>得分 {score:.1f}</translation>
    </message>
    <message>
        <source>Show all {count}</source>
        <translation>显示全部 {count} 项</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title}（{count}）</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Neither lists any</source>
        <translation>双方均无</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>暂无标签</translation>
    </message>
    <message>
        <source>Shared ({count})</source>
        <translation>共有（{count}）</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>非共有</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <source>Different rubrics ({left} / {right}): only the shared areas are comparable.</source>
        <translation>评分标准不同（{left} / {right}）：仅共有的维度可比较。</translation>
    </message>
    <message>
        <source>Only {name}&apos;s rubric: {areas}.</source>
        <translation>仅 {name} 的评分标准包含：{areas}。</translation>
    </message>
    <message>
        <source>{area}  (Δ {difference})</source>
        <translation>{area}  （Δ {difference}）</translation>
    </message>
    <message>
        <source>Not in this rubric</source>
        <translation>不在此评分标准中</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>推荐意见</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Summary note on {name}</source>
        <translation>关于 {name} 的总结</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>This document cannot be displayed.</source>
        <translation>无法显示此文档。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Your library is empty</source>
        <translation>简历库为空</translation>
    </message>
    <message>
        <source>Drop résumés here (PDF, DOCX, TXT or Markdown, files or whole folders),
or import them, or start with the bundled sample résumés.</source>
        <translation>将简历拖放到此处（PDF、DOCX、TXT 或 Markdown，单个文件或整个文件夹），
或导入简历，或从内置的示例简历开始。</translation>
    </message>
    <message>
        <source>Import Résumés…</source>
        <translation>导入简历…</translation>
    </message>
    <message>
        <source>Load Sample Résumés</source>
        <translation>加载示例简历</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation>新{noun}</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export PDF &amp;Report…</source>
        <translation>导出 PDF 报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Export &amp;Annotated PDF…</source>
        <translation>导出带批注的 PDF(&amp;A)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>导出 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV of Shortlist…</source>
        <translation>导出候选名单 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export into &amp;Folder…</source>
        <translation>批量导出到文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Export C&amp;omparison as PDF…</source>
        <translation>将对比导出为 PDF(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export the selected candidates (File › Export)</source>
        <translation>导出选中的候选人（文件 › 导出）</translation>
    </message>
    <message>
        <source>Selected candidates ({count})</source>
        <translation>选中的候选人（{count}）</translation>
    </message>
    <message>
        <source>{status} ({count})</source>
        <translation>{status}（{count}）</translation>
    </message>
    <message>
        <source>Whole library ({count})</source>
        <translation>整个简历库（{count}）</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>Exported {count} candidate(s) to {path}</source>
        <translation>已将 {count} 位候选人导出到 {path}</translation>
    </message>
    <message>
        <source>Exporting {count} candidate(s)…</source>
        <translation>正在导出 {count} 位候选人…</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>导出{format}</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export comparison of {left} and {right}</source>
        <translation>导出 {left} 与 {right} 的对比</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Exported {done} of {total}: {name}</source>
        <translation>已导出 {done}/{total}：{name}</translation>
    </message>
    <message>
        <source>Exported {count} file(s) into {folder}</source>
        <translation>已将 {count} 个文件导出到 {folder}</translation>
    </message>
    <message>
        <source>{count} candidate(s) were not exported: {reason}</source>
        <translation>{count} 位候选人未能导出：{reason}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>One per line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Edited. Revert to the parsed value: {value}</source>
        <translation>已修改。恢复为解析值：{value}</translation>
    </message>
    <message>
        <source>The parser was unsure</source>
        <translation>解析结果不确定</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配 (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>{n} of {m}</source>
        <translation>{n} / {m}</translation>
    </message>
    <message>
        <source>&amp;Find in Document…</source>
        <translation>在文档中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
</context>
<context>
    <name>HighlightPanel</name>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename the category of the colour shown</source>
        <translation>重命名当前颜色的类别</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>所有颜色</translation>
    </message>
</context>
<context>
    <name>HighlightTableView</name>
    <message>
        <source>No highlights to show. Select text in the document and press Ctrl+H to highlight it.</source>
        <translation>没有可显示的高亮。在文档中选中文字后按 Ctrl+H 即可高亮。</translation>
    </message>
</context>
<context>
    <name>HighlightsFeature</name>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>高亮所选内容(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation>高亮列表(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>高亮颜色(&amp;C)</translation>
    </message>
    <message>
        <source>Margin &amp;Notes</source>
        <translation>页边批注(&amp;N)</translation>
    </message>
    <message>
        <source>Delete {count} highlights</source>
        <translation>删除 {count} 处高亮</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>重命名类别</translation>
    </message>
    <message>
        <source>New name for this colour&apos;s category:</source>
        <translation>此颜色类别的新名称：</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight C&amp;olour</source>
        <translation>高亮颜色(&amp;O)</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>编辑备注(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>删除高亮(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Show in Document</source>
        <translation>在文档中显示(&amp;S)</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>编辑备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <source>Rename Category “{name}”…</source>
        <translation>重命名类别“{name}”…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Nothing to import</source>
        <translation>没有可导入的文件</translation>
    </message>
    <message>
        <source>No PDF, DOCX, TXT, Markdown or image files were found there.</source>
        <translation>该位置未找到 PDF、DOCX、TXT、Markdown 或图片文件。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing {count} résumé(s)…</source>
        <translation>正在导入 {count} 份简历…</translation>
    </message>
    <message>
        <source>Imported {done} of {total}: {name}</source>
        <translation>已导入 {done}/{total}：{name}</translation>
    </message>
    <message>
        <source>Reading scanned page {page} of {pages}: {name}…</source>
        <translation>正在识别扫描件第 {page} 页（共 {pages} 页）：{name}…</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>导入已中止</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicate} duplicate, {failed} failed</source>
        <translation>已导入 {imported} 份，重复 {duplicate} 份，失败 {failed} 份</translation>
    </message>
    <message>
        <source>; joined: {files}</source>
        <translation>；已归入已有人员：{files}</translation>
    </message>
    <message>
        <source>; same name, merge if one person: {files}</source>
        <translation>；同名人员，如为同一人请合并：{files}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation / school</source>
        <translation>单位 / 学校</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>学位</translation>
    </message>
    <message>
        <source>Pubs</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>推荐意见</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>New</source>
        <translation>待筛选</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>评审中</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>已入围</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>面试</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>录用</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已淘汰</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Strong no</source>
        <translation>强烈不推荐</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不推荐</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Strong yes</source>
        <translation>强烈推荐</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>Definitely not</source>
        <translation>坚决不推荐</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>顾虑</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>疑问</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>关键信息</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育经历</translation>
    </message>
    <message>
        <source>Work and internships</source>
        <translation>工作与实习</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目经历</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>获奖</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>present</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>first author</source>
        <translation>第一作者</translation>
    </message>
    <message>
        <source>co-first author</source>
        <translation>共同第一作者</translation>
    </message>
    <message>
        <source>corresponding author</source>
        <translation>通讯作者</translation>
    </message>
    <message>
        <source>top-venue publications</source>
        <translation>顶会论文</translation>
    </message>
    <message>
        <source>first-author CCF-A ×{count}</source>
        <translation>CCF-A 一作 ×{count}</translation>
    </message>
    <message>
        <source>industry internship at {name}</source>
        <translation>{name} 工业界实习</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the code of the UI&apos;s language</comment>
        <translation>zh_CN</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>博士</translation>
    </message>
    <message>
        <source>Master&apos;s</source>
        <translation>硕士</translation>
    </message>
    <message>
        <source>Bachelor&apos;s</source>
        <translation>学士</translation>
    </message>
    <message>
        <source>Highest degree</source>
        <translation>最高学历</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation>工作年限</translation>
    </message>
    <message>
        <source>Published papers</source>
        <translation>已发表论文</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>First-author publications</source>
        <translation>第一作者论文</translation>
    </message>
    <message>
        <source>Top-venue (CCF-A) publications</source>
        <translation>顶会（CCF-A）论文</translation>
    </message>
    <message>
        <source>Current organisation</source>
        <translation>当前单位</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <source>Annotated PDF</source>
        <translation>带批注的 PDF</translation>
    </message>
    <message>
        <source>JSON Resume with review</source>
        <translation>JSON Resume（含评审）</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>起止时间</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>YYYY-MM / present</source>
        <translation>YYYY-MM / 至今</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>硕士</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>学士</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>First author</source>
        <translation>第一作者</translation>
    </message>
    <message>
        <source>Co-first author</source>
        <translation>共同第一作者</translation>
    </message>
    <message>
        <source>Corresponding author</source>
        <translation>通讯作者</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发表</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>In press</source>
        <translation>待刊</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审稿中</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已投稿</translation>
    </message>
    <message>
        <source>In revision</source>
        <translation>修改中</translation>
    </message>
    <message>
        <source>Preprint</source>
        <translation>预印本</translation>
    </message>
    <message>
        <source>Main track</source>
        <translation>主会</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>研讨会（Workshop）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示（Demo）</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生论文</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>口头报告</translation>
    </message>
    <message>
        <source>Spotlight</source>
        <translation>Spotlight</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>海报</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>头衔</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>省份/地区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Links and profiles</source>
        <translation>链接与主页</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Education Entry</source>
        <translation>教育经历</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层次</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Work Entry</source>
        <translation>工作经历</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Author position</source>
        <translation>作者排序</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>报告形式</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>发表于</translation>
    </message>
    <message>
        <source>as written, e.g. NeurIPS 2025 (CCF-A)</source>
        <translation>按原文填写，如 NeurIPS 2025 (CCF-A)</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会议/期刊</translation>
    </message>
    <message>
        <source>short name, e.g. NeurIPS</source>
        <translation>简称，如 NeurIPS</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>e.g. CCF-A</source>
        <translation>如 CCF-A</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>Awarded by</source>
        <translation>颁发单位</translation>
    </message>
    <message>
        <source>Skill Group</source>
        <translation>技能组</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Fluency</source>
        <translation>熟练程度</translation>
    </message>
    <message>
        <source>Publication title</source>
        <translation>论文标题</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes after Shortlist restarts.</source>
        <translation>界面语言将在重启 Shortlist 后生效。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search résumés, profiles and notes (中文 too)…</source>
        <translation>搜索简历、档案和备注（支持中英文）…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>新建简历库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>打开简历库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Load &amp;Sample Résumés</source>
        <translation>加载示例简历(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>搜索简历库(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next Candidate</source>
        <translation>下一位候选人(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Candidate</source>
        <translation>上一位候选人(&amp;P)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>适合页面(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remove from Library</source>
        <translation>从简历库中删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation>候选人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>第 {page} / {count} 页</translation>
    </message>
    <message>
        <source>Résumés ({patterns})</source>
        <translation>简历 ({patterns})</translation>
    </message>
    <message>
        <source>Import résumés</source>
        <translation>导入简历</translation>
    </message>
    <message>
        <source>Import a folder of résumés</source>
        <translation>导入简历文件夹</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>部分文件未导入</translation>
    </message>
    <message>
        <source>New library</source>
        <translation>新建简历库</translation>
    </message>
    <message>
        <source>Shortlist libraries (*.shortlist)</source>
        <translation>Shortlist 简历库 (*.shortlist)</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>打开简历库</translation>
    </message>
    <message>
        <source>Shortlist libraries (*.shortlist);;All files (*)</source>
        <translation>Shortlist 简历库 (*.shortlist);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Wait for the import to finish first.</source>
        <translation>请等待导入完成。</translation>
    </message>
    <message>
        <source>Cannot open library</source>
        <translation>无法打开简历库</translation>
    </message>
</context>
<context>
    <name>NotePopup</name>
    <message>
        <source>Note for this highlight (Enter saves, Esc skips)</source>
        <translation>此高亮的备注（Enter 保存，Esc 跳过）</translation>
    </message>
</context>
<context>
    <name>PeopleFeature</name>
    <message>
        <source>&amp;Merge Selected People</source>
        <translation>合并所选人员(&amp;M)</translation>
    </message>
    <message>
        <source>One person: the documents and reviews of the two selected people</source>
        <translation>合为一人：所选两人的文档与评审</translation>
    </message>
    <message>
        <source>&amp;Split This Document Off</source>
        <translation>拆出此文档(&amp;S)</translation>
    </message>
    <message>
        <source>Make the document shown a new person&apos;s</source>
        <translation>将当前显示的文档归为一位新人员</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Status (Alt+1 … Alt+7)</source>
        <translation>状态 (Alt+1 … Alt+7)</translation>
    </message>
    <message>
        <source>Select a candidate to see the profile.</source>
        <translation>选择一位候选人以查看档案。</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation>添加{noun}</translation>
    </message>
    <message>
        <source>Revert {field}</source>
        <translation>恢复{field}</translation>
    </message>
    <message>
        <source>Remove {noun}</source>
        <translation>删除{noun}</translation>
    </message>
    <message>
        <source>Move {noun} Up</source>
        <translation>上移{noun}</translation>
    </message>
    <message>
        <source>Move {noun} Down</source>
        <translation>下移{noun}</translation>
    </message>
    <message>
        <source>Use as {field}</source>
        <translation>用作{field}</translation>
    </message>
    <message>
        <source>Revert to Parsed Value</source>
        <translation>恢复为解析值</translation>
    </message>
    <message>
        <source>Use Document Selection</source>
        <translation>使用文档中选中的文字</translation>
    </message>
    <message>
        <source>Use as</source>
        <translation>用作</translation>
    </message>
    <message>
        <source>Papers {papers} · published {published} · first or co-first author {first} · CCF-A {top}</source>
        <translation>论文 {papers} · 已发表 {published} · 第一或共同第一作者 {first} · CCF-A {top}</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>编辑{field}</translation>
    </message>
</context>
<context>
    <name>ProfileFeature</name>
    <message>
        <source>Profile</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Blind review hides this field: turn it off to change it.</source>
        <translation>盲审隐藏了此字段：关闭盲审后才能修改。</translation>
    </message>
</context>
<context>
    <name>ProgressRun</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RatingAreaWidget</name>
    <message>
        <source> (removed from the rubric)</source>
        <translation>（已从评分标准中移除）</translation>
    </message>
    <message>
        <source>weight {weight:g}</source>
        <translation>权重 {weight:g}</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Attach selection</source>
        <translation>附加选中内容</translation>
    </message>
    <message>
        <source>Highlight the text selected in the document and keep it as evidence for this rating</source>
        <translation>高亮文档中选中的文字，并作为此项评分的依据</translation>
    </message>
    <message>
        <source>Show in the document (right-click to remove):
{text}</source>
        <translation>在文档中显示（右键删除）：
{text}</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>删除依据</translation>
    </message>
</context>
<context>
    <name>RatingBar</name>
    <message>
        <source>Click a segment or type 1–5 to rate; click the same segment or type 0 to clear</source>
        <translation>点击色块或按 1–5 评分；再次点击同一色块或按 0 清除</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>Removed {name} — Undo ({key})</source>
        <translation>已删除 {name} — 撤销请按 {key}</translation>
    </message>
    <message>
        <source>Removed {count} candidates — Undo ({key})</source>
        <translation>已删除 {count} 位候选人 — 撤销请按 {key}</translation>
    </message>
    <message>
        <source>The removed candidates are back under new numbers; the undo history before them was cleared.</source>
        <translation>已恢复删除的候选人，但编号已更改；此前的撤销记录已清空。</translation>
    </message>
</context>
<context>
    <name>ReviewFeature</name>
    <message>
        <source>Review</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>Any recommendation</source>
        <translation>全部推荐意见</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Select text in the document first.</source>
        <translation>请先在文档中选择文字。</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>新建职位</translation>
    </message>
    <message>
        <source>Name of the position (it gets a copy of the current rubric):</source>
        <translation>职位名称（将复制当前的评分标准）：</translation>
    </message>
    <message>
        <source>A position named “{name}” exists.</source>
        <translation>已存在名为“{name}”的职位。</translation>
    </message>
    <message>
        <source>Tag as Strength…</source>
        <translation>标记为优势…</translation>
    </message>
    <message>
        <source>Tag as Concern…</source>
        <translation>标记为顾虑…</translation>
    </message>
    <message>
        <source>Tag as strength</source>
        <translation>标记为优势</translation>
    </message>
    <message>
        <source>Tag as concern</source>
        <translation>标记为顾虑</translation>
    </message>
    <message>
        <source>Tag (pick one or type a new one):</source>
        <translation>标签（选择已有标签或输入新标签）：</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>A new position, with its own copy of this rubric</source>
        <translation>新建职位，并复制一份此评分标准</translation>
    </message>
    <message>
        <source>Rubric…</source>
        <translation>评分标准…</translation>
    </message>
    <message>
        <source>Summary: why this candidate, or why not…</source>
        <translation>总结：为什么推荐或不推荐此候选人…</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>职位：</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>推荐意见</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Ratings (keys 1–5 rate the selected area)</source>
        <translation>评分（按 1–5 为选中的维度评分）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>No position (default rubric)</source>
        <translation>无职位（默认评分标准）</translation>
    </message>
    <message>
        <source>Rated on the rubric “{name}”</source>
        <translation>按评分标准“{name}”评分</translation>
    </message>
    <message>
        <source>Not scored yet: rate an area below (keys 1–5).</source>
        <translation>尚未评分：请在下方为维度评分（按 1–5）。</translation>
    </message>
    <message>
        <source>Score {score:.1f} / 5 · {rated} of {total} areas rated</source>
        <translation>得分 {score:.1f} / 5 · 已评 {rated}/{total} 个维度</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <source>Add Area…</source>
        <translation>添加维度…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Removed areas keep their past ratings, shown as removed and left out of the score</source>
        <translation>移除的维度保留已有评分，标记为已移除，且不计入得分</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>考察内容</translation>
    </message>
    <message>
        <source>What a {value} ({label}) means</source>
        <translation>{value} 分（{label}）的含义</translation>
    </message>
    <message>
        <source>Changes apply at once; Edit ▸ Undo reverts them.</source>
        <translation>修改立即生效；可通过 编辑 ▸ 撤销 还原。</translation>
    </message>
    <message>
        <source>Rubric: {name}</source>
        <translation>评分标准：{name}</translation>
    </message>
    <message>
        <source>{text} (removed)</source>
        <translation>{text}（已移除）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>添加维度</translation>
    </message>
    <message>
        <source>Name of the new area:</source>
        <translation>新维度的名称：</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>候选人：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>ShortcutSheetFeature</name>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>No tags yet.</source>
        <translation>暂无标签。</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Suggested from the profile (click to accept):</source>
        <translation>根据档案推荐（点击采纳）：</translation>
    </message>
    <message>
        <source>{kind}: {name}
{count} evidence passage(s). Click for evidence and options.</source>
        <translation>{kind}：{name}
{count} 处依据。点击查看依据和选项。</translation>
    </message>
    <message>
        <source>Show {passage}</source>
        <translation>显示 {passage}</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>删除依据</translation>
    </message>
    <message>
        <source>Attach Selected Text as Evidence</source>
        <translation>将选中文字附加为依据</translation>
    </message>
    <message>
        <source>Make It a {kind}</source>
        <translation>改为{kind}</translation>
    </message>
    <message>
        <source>Rename Tag…</source>
        <translation>重命名标签…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Merge Into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <source>Remove from Candidate</source>
        <translation>从候选人移除</translation>
    </message>
    <message>
        <source>Accept “{name}”; its passages become highlighted evidence:
{passages}</source>
        <translation>采纳“{name}”；相关段落将高亮并作为依据：
{passages}</translation>
    </message>
    <message>
        <source>(no passage located)</source>
        <translation>（未定位到段落）</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>“{name}”的新名称：</translation>
    </message>
    <message>
        <source>Colour of “{name}”</source>
        <translation>“{name}”的颜色</translation>
    </message>
</context>
<context>
    <name>UndoStep</name>
    <message>
        <source>Set status to {status}</source>
        <translation>将状态设为{status}</translation>
    </message>
    <message>
        <source>Highlight “{text}”</source>
        <translation>高亮“{text}”</translation>
    </message>
    <message>
        <source>Delete highlight “{text}”</source>
        <translation>删除高亮“{text}”</translation>
    </message>
    <message>
        <source>Edit highlight note</source>
        <translation>编辑高亮备注</translation>
    </message>
    <message>
        <source>Change highlight colour</source>
        <translation>更改高亮颜色</translation>
    </message>
    <message>
        <source>Rename category to “{name}”</source>
        <translation>将类别重命名为“{name}”</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Rate {area}: {label}</source>
        <translation>评分 {area}：{label}</translation>
    </message>
    <message>
        <source>Comment on {area}</source>
        <translation>评语：{area}</translation>
    </message>
    <message>
        <source>Evidence for {area}</source>
        <translation>依据：{area}</translation>
    </message>
    <message>
        <source>Recommend: {label}</source>
        <translation>推荐意见：{label}</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>编辑总结</translation>
    </message>
    <message>
        <source>Change position</source>
        <translation>更改职位</translation>
    </message>
    <message>
        <source>New position {name}</source>
        <translation>新建职位 {name}</translation>
    </message>
    <message>
        <source>Tag {name}</source>
        <translation>添加标签 {name}</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>附加依据</translation>
    </message>
    <message>
        <source>Remove tag {name}</source>
        <translation>移除标签 {name}</translation>
    </message>
    <message>
        <source>Tag evidence</source>
        <translation>标签依据</translation>
    </message>
    <message>
        <source>Edit tag {name}</source>
        <translation>编辑标签 {name}</translation>
    </message>
    <message>
        <source>Merge {source} into {target}</source>
        <translation>将 {source} 合并到 {target}</translation>
    </message>
    <message>
        <source>Add area {label}</source>
        <translation>添加维度 {label}</translation>
    </message>
    <message>
        <source>Edit rubric area</source>
        <translation>编辑评分维度</translation>
    </message>
    <message>
        <source>Reorder rubric</source>
        <translation>调整评分标准顺序</translation>
    </message>
    <message>
        <source>Remove rubric area</source>
        <translation>移除评分维度</translation>
    </message>
    <message>
        <source>Restore rubric area</source>
        <translation>恢复评分维度</translation>
    </message>
    <message>
        <source>Merge {other} into {kept}</source>
        <translation>将 {other} 合并到 {kept}</translation>
    </message>
    <message>
        <source>Split {document} off</source>
        <translation>拆出 {document}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>删除 {name}</translation>
    </message>
    <message>
        <source>Remove {count} candidates</source>
        <translation>删除 {count} 位候选人</translation>
    </message>
</context>
<context>
    <name>VersionMarks</name>
    <message>
        <source>Only in {document}: “{value}”</source>
        <translation>仅见于 {document}：“{value}”</translation>
    </message>
    <message>
        <source>Differs in another version: {document} says “{value}”</source>
        <translation>与另一版本不同：{document} 写的是“{value}”</translation>
    </message>
    <message>
        <source>Missing from another version: {document}</source>
        <translation>另一版本中没有：{document}</translation>
    </message>
</context>
</TS>
