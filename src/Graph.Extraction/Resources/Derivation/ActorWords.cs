namespace Graph.Extraction.Resources.Derivation;

/// <summary>The closed word lists the actor dictionaries' phrases are judged with, lower case.</summary>
internal static class ActorWords
{
    /// <summary>Function words written in lower case inside a name ("Council of Europe", "Lashkar e Taiba").</summary>
    public static IReadOnlySet<string> Lower { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "and", "at", "de", "del", "der", "des", "du", "e", "for", "i", "in", "la", "le", "of", "on", "the", "to", "ul", "und", "y",
    };

    /// <summary>Prepositions: a name with one is headed by a word before it ("Organization of American States").</summary>
    public static IReadOnlySet<string> Prepositions { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "at", "de", "del", "der", "des", "du", "for", "from", "in", "of", "on", "to", "with",
    };

    /// <summary>
    /// Plural nouns of people or countries: a name whose head is one names a body's members ("ASEAN Countries"), not
    /// the body; so are plurals of bodies ("UN Bodies", "UN Agencies"). "Nations" is left out: it ends names of one body ("United Nations", "First Nations"); so are nouns that
    /// end names of associations ("Airline Ambassadors").
    /// </summary>
    public static IReadOnlySet<string> PluralMembers { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "agencies", "bodies", "countries", "delegates", "delegations", "governments", "lawmakers", "leaders", "legislators", "members", "ministers",
        "officials", "parliamentarians", "presidents", "representatives",
    };

    /// <summary>Arabic articles written in lower case before a hyphen ("al-Qaeda", "Ansar al-Sharia").</summary>
    public static IReadOnlySet<string> Articles { get; } = new HashSet<string>(StringComparer.Ordinal) { "al", "el", "ul" };

    /// <summary>Prefixes written before a hyphen, ordinary words ("Anti-State", "Pro-Chechen").</summary>
    public static IReadOnlySet<string> Prefixes { get; } = new HashSet<string>(StringComparer.Ordinal) { "anti", "co", "non", "pan", "pro" };

    /// <summary>Last or inner words that make a phrase the name of a body rather than of a person.</summary>
    public static IReadOnlySet<string> Heads { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "academy", "administration", "agency", "alliance", "army", "assembly", "association", "authority", "bank", "battalion",
        "battalions", "board", "brigade", "brigades", "bureau", "cell", "cells", "center", "centre", "church", "coalition",
        "college", "command", "commission", "committee", "company", "confederation", "congress", "corporation", "corps",
        "council", "court", "federation", "force", "forces", "foundation", "front", "fund", "group", "guard", "guards",
        "hospital", "inc", "institute", "institution", "international", "league", "legion", "ltd", "ministry", "mission",
        "movement", "network", "office", "organisation", "organization", "parliament", "party", "programme", "program",
        "secretariat", "service", "society", "tribunal", "trust", "union", "units", "university",
    };

    /// <summary>Words of a role phrase ("UN chief", "Hamas official"): such a phrase names a person by office, not a body.</summary>
    public static IReadOnlySet<string> Roles { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "activist", "activists", "adviser", "advisor", "affiliated", "agent", "agents", "ambassador", "backed", "based", "boss",
        "chairman", "chairperson", "chairwoman", "chief", "cleric", "commander", "delegate", "delegates", "delegation", "deputy",
        "director", "emir", "employee", "employees", "envoy", "expert", "experts", "fighter", "fighters", "general", "head",
        "inspector", "inspectors", "leader", "leaders", "linked", "member", "members", "militant", "militants", "minister",
        "observer", "observers", "official", "officials", "offshoot", "operative", "operatives", "peacekeeper", "peacekeepers",
        "president", "representative", "sec", "secretary", "secy", "sheikh", "soldier", "soldiers", "spokesman", "spokesperson", "spokeswoman",
        "staff", "supporter", "supporters", "troops", "worker", "workers",
    };

    /// <summary>Last words of the names of documents, which name no body ("Antarctic Treaty", "Resolution 1701").</summary>
    public static IReadOnlySet<string> Documents { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "accord", "accords", "agreement", "charter", "convention", "declaration", "protocol", "resolution", "treaty",
    };

    /// <summary>Particles of an Arabic patronymic inside a person's name ("Osama bin Laden").</summary>
    public static IReadOnlySet<string> Patronymics { get; } = new HashSet<string>(StringComparer.Ordinal) { "bin", "bint", "ibn" };

    /// <summary>Endings of a nationality or creed adjective ("Palestinian", "Islamist"), which names no body alone.</summary>
    public static IReadOnlyList<string> AdjectiveEndings { get; } = ["ian", "ese", "ist", "ic", "ish"];
}
