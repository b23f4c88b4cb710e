namespace Graph.Extraction.Resources;

/// <summary>Where an office is held, as far as whose office an unqualified title is.</summary>
public enum TitleScope
{
    /// <summary>Any body's office (a city's, a court's, an army unit's, a company's), or no office.</summary>
    None,

    /// <summary>An office of a country's national government ("Foreign Minister", "Secretary of State").</summary>
    State,

    /// <summary>A country's head of state or government ("President", "Prime Minister"): one per country at a time.</summary>
    Head,

    /// <summary>An office of a city's, a county's or a region's government ("Mayor", "Governor"), held in that place.</summary>
    Local,
}
