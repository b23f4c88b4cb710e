namespace Graph.Extraction.Resources;

/// <summary>Roles common nouns play in recognising mentions and references (see data/lexicon/nouns.tsv).</summary>
[Flags]
public enum NounKind
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary>Plural noun naming collective actors ("militias").</summary>
    GroupHead = 1,

    /// <summary>Last word of a capitalized group name ("Units").</summary>
    GroupNameHead = 2,

    /// <summary>Last word of an organization name ("Council").</summary>
    OrganizationHead = 4,

    /// <summary>A national body named after its country ("Congress").</summary>
    Institution = 8,

    /// <summary>An agreement ("deal").</summary>
    Agreement = 16,

    /// <summary>Refers to a country's government ("government").</summary>
    Government = 32,

    /// <summary>Refers back to an accusation ("charges").</summary>
    Charge = 64,

    /// <summary>Refers back to an appeal or demand ("rejected the appeal").</summary>
    Request = 128,

    /// <summary>Refers back to a criticism ("rejected the protest").</summary>
    Protest = 256,

    /// <summary>Plural noun naming a population that acts or is acted on ("migrants", "refugees").</summary>
    Population = 512,

    /// <summary>Last word of the name of a geographic feature or area, a region rather than a city ("Shoal", "Island", "County").</summary>
    PlaceFeature = 1024,

    /// <summary>Last word of the name of an event or agreement ("Conference", "Summit", "Declaration", "Games").</summary>
    EventNameHead = 2048,

    /// <summary>A newspaper's or magazine's name that stands alone after "the" ("the Guardian", "The Economist").</summary>
    Publication = 4096,

    /// <summary>Last word of the name of an award or honour, which names no one ("Humanitarian Award", "Medal of Honor").</summary>
    AwardNameHead = 8192,

    /// <summary>Head word of the name of a place-bound institution, which lies where the text puts it ("Space Center", "University").</summary>
    Facility = 16384,
}
