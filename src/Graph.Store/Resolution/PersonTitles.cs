namespace Graph.Store.Resolution;

/// <summary>
/// The closed list of titles that make an alias a titled one ("President Okafor", "US Secretary of State Okafor"):
/// two person entities sharing such an alias were named so by one article for one person.
/// </summary>
internal static class PersonTitles
{
    // Folded (AliasKey), the longest first so "vice president" is found before "president".
    private static readonly string[] Titles =
    [
        "deputy prime minister", "secretary of state", "secretary-general", "secretary general", "vice president",
        "prime minister", "foreign minister", "defense minister", "defence minister", "crown prince", "president",
        "secretary", "minister", "chancellor", "king", "queen", "prince", "princess", "emir", "sheikh", "senator", "sen.",
        "governor", "gov.", "ambassador", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "general", "gen.", "pope",
        "premier", "mayor", "speaker", "ayatollah", "cardinal", "archbishop", "bishop", "judge", "justice",
        "representative", "rep.", "admiral", "colonel", "commander", "chairman", "chairwoman",
    ];

    // Words that name a role, not a person: extraction sometimes takes "Counsel" or "Trustee Emeritus" for a name.
    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "counsel", "emeritus", "director", "chair", "chief", "officer", "adviser", "advisor", "spokesperson", "spokesman",
        "spokeswoman", "envoy", "associate", "trustee", "deputy", "acting", "former", "professor", "executive",
        "administrator", "commissioner", "coordinator", "undersecretary", "secretaries", "presidents", "ministers",
        "senators", "leaders", "vice", "prime",
    };

    /// <summary>
    /// True when the folded word names a role rather than a person (a one-word title, "counsel", "emeritus", "trustee"
    /// …): no surname, and no given name.
    /// </summary>
    public static bool IsRoleWord(string foldedWord) => RoleWords.Contains(foldedWord) || Titles.Contains(foldedWord);

    /// <summary>True when the folded word is a title of one word ("president", "dr.") or begins one ("prime").</summary>
    public static bool IsTitleWord(string foldedWord) =>
        Titles.Any(title => title == foldedWord || title.StartsWith(foldedWord + " ", StringComparison.Ordinal))
        || foldedWord is "vice" or "deputy";

    /// <summary>
    /// The office the folded alias gives before the folded name ("president" of "kenya's president okafor"), the longest
    /// title of the list it ends with; null for none or a courtesy title ("mr.", "dr.").
    /// </summary>
    public static string? OfficeBefore(string foldedAlias, string foldedName) =>
        TitleBefore(foldedAlias, foldedName) is { } title && !Courtesies.Contains(title) ? title : null;

    /// <summary>
    /// True when the folded alias is a title then the folded surname ("president okafor"), possibly after other words
    /// ("us secretary of state okafor", "the president okafor").
    /// </summary>
    public static bool IsTitled(string foldedAlias, string foldedSurname)
    {
        ArgumentNullException.ThrowIfNull(foldedAlias);
        ArgumentNullException.ThrowIfNull(foldedSurname);
        return TitleBefore(foldedAlias, foldedSurname) is not null;
    }

    // Courtesy titles go with any office and say nothing of which.
    private static readonly HashSet<string> Courtesies = new(StringComparer.Ordinal) { "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms" };

    // The title of the list that ends the words before the name in the alias, or null.
    private static string? TitleBefore(string foldedAlias, string foldedName)
    {
        if (!foldedAlias.EndsWith(" " + foldedName, StringComparison.Ordinal))
        {
            return null;
        }

        string before = foldedAlias[..^(foldedName.Length + 1)];
        return Titles.FirstOrDefault(title => before == title || before.EndsWith(" " + title, StringComparison.Ordinal));
    }
}
