namespace Graph.Cli.Commands;

/// <summary>An article file and the gold file annotating it.</summary>
/// <param name="Name">The article's name in reports: its path below the gold folder, without extension.</param>
/// <param name="ArticlePath">The article file.</param>
/// <param name="GoldPath">Its <c>NAME.gold.json</c> file.</param>
internal sealed record AnnotatedArticle(string Name, string ArticlePath, string GoldPath);
