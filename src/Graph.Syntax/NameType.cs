namespace Graph.Syntax;

/// <summary>The kinds of name the recognizer tells apart (the Universal NER types).</summary>
public enum NameType
{
    /// <summary>A person (PER).</summary>
    Person,

    /// <summary>An organization: a company, body, party, team, institution (ORG).</summary>
    Organization,

    /// <summary>A location: a country, city, region, geographic or built place (LOC).</summary>
    Location,
}
