namespace Graph.Syntax.Tokenization;

/// <summary>The closed word lists the tokenizer needs: abbreviations that keep their period, hyphen prefixes, contractions.</summary>
internal static class TokenizerLexicon
{
    /// <summary>Abbreviations written with a final period that belongs to the word (compared without the period, ignoring case).</summary>
    public static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "rev", "hon", "st", "jr", "sr", "messrs", "mmes", "gen", "col", "lt", "sgt", "capt",
        "cmdr", "adm", "maj", "brig", "gov", "sen", "rep", "reps", "pres", "amb", "sec", "atty", "supt", "insp",
        "inc", "corp", "co", "ltd", "llc", "bros", "dept", "univ", "assn", "assoc", "intl", "natl",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "tue", "tues", "thu", "thur", "thurs", "fri",
        "vs", "etc", "approx", "appt", "apt", "ave", "blvd", "rd", "mt", "ft", "fig", "figs", "vol", "vols", "pp",
        "cf", "viz", "tel", "misc", "ext",
    };

    /// <summary>
    /// First parts of hyphenated words that Universal Dependencies English keeps whole ("non-human", "re-read",
    /// "e-mail"); any other hyphen between letters separates two words.
    /// </summary>
    public static readonly HashSet<string> HyphenPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "e", "non", "pre", "anti", "mid", "re", "post", "co", "pro", "multi", "ex", "sub", "semi", "cross", "neo",
        "psycho", "socio", "counter", "intra", "inter", "micro", "un", "vice", "over", "mis",
            };

    /// <summary>Enclitics split from the word before them (after an apostrophe).</summary>
    public static readonly string[] Enclitics = ["s", "m", "d", "re", "ve", "ll"];

    /// <summary>Emoticons, kept whole, longest first.</summary>
    public static readonly string[] Emoticons =
    [
        ":-)", ":-(", ";-)", ":-D", ":-P", ":-/", ":-|", ":'(", ":)", ":(", ";)", ":D", ":P", ":p", ":/", ":|", "=)", "^_^", "<3",
    ];

    /// <summary>Words written as one that are two syntactic words, with the length of the first.</summary>
    public static readonly Dictionary<string, int> Fused = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cannot"] = 3,
        ["gonna"] = 3,
        ["wanna"] = 3,
        ["gotta"] = 3,
    };
}
