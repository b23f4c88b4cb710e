namespace Graph.Model;

/// <summary>The closed set of entity types (see the extraction format).</summary>
public enum EntityType
{
    /// <summary>A named person.</summary>
    Person,

    /// <summary>A company, institution, body or international organization.</summary>
    Organization,

    /// <summary>A sovereign state or commonly recognised non-member state.</summary>
    Country,

    /// <summary>A city or town.</summary>
    City,

    /// <summary>A geographic or political region that is not a country.</summary>
    Region,

    /// <summary>An armed group, militia, movement or population group.</summary>
    Group,

    /// <summary>A named event or agreement ("the Iran nuclear deal").</summary>
    Event,
}
