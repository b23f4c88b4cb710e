namespace Graph.Syntax;

/// <summary>
/// What a dictionary says a word can be in a name (<see cref="NameLexicon"/>); a word may be several. The recognizer
/// weighs these as features beside spelling and syntax, so a known given name or country helps without deciding.
/// </summary>
[Flags]
public enum NameWordClass
{
    /// <summary>Nothing known.</summary>
    None = 0,

    /// <summary>The first word of known people's names ("Osama", "Suella").</summary>
    GivenName = 1,

    /// <summary>The last word of known people's names ("Hamdan").</summary>
    Surname = 2,

    /// <summary>A one-word name of a known country, city or region.</summary>
    Place = 4,

    /// <summary>A one-word name of a known organization or group ("Hezbollah").</summary>
    Organization = 8,

    /// <summary>The last word of many known places' names ("Province", "Island").</summary>
    PlaceHead = 16,

    /// <summary>The last word of many known organizations' names ("Council", "Party", "Bank").</summary>
    OrganizationHead = 32,
}
