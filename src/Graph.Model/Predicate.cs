namespace Graph.Model;

/// <summary>The closed predicate set. Subject = actor, object = target.</summary>
public enum Predicate
{
    /// <summary>A person holds a position (title) in a country or organization.</summary>
    HoldsPosition,

    /// <summary>A place lies in another place.</summary>
    LocatedIn,

    /// <summary>An actor is a member of an organization or alliance.</summary>
    MemberOf,

    /// <summary>A person or group leads an organization or group.</summary>
    Leads,

    /// <summary>Two actors are allies (symmetric).</summary>
    AlliedWith,

    /// <summary>An actor supports another.</summary>
    Supports,

    /// <summary>An actor opposes another.</summary>
    Opposes,

    /// <summary>A group is loyal to an actor.</summary>
    LoyalTo,

    /// <summary>An actor funds another.</summary>
    Funds,

    /// <summary>CAMEO 01: make a public statement.</summary>
    Statement,

    /// <summary>CAMEO 02: appeal.</summary>
    Appeal,

    /// <summary>CAMEO 040: consult or meet (symmetric).</summary>
    Meet,

    /// <summary>CAMEO 042: make a visit.</summary>
    Visit,

    /// <summary>CAMEO 043: host a visit.</summary>
    Host,

    /// <summary>CAMEO 045: mediate.</summary>
    Mediate,

    /// <summary>CAMEO 051: praise or endorse.</summary>
    Praise,

    /// <summary>CAMEO 057: sign a formal agreement (symmetric).</summary>
    Agree,

    /// <summary>CAMEO 06: engage in material cooperation (symmetric).</summary>
    Cooperate,

    /// <summary>CAMEO 10: demand.</summary>
    Demand,

    /// <summary>CAMEO 111: criticize or denounce.</summary>
    Criticize,

    /// <summary>CAMEO 112: accuse.</summary>
    Accuse,

    /// <summary>CAMEO 12: reject.</summary>
    Reject,

    /// <summary>CAMEO 016: deny responsibility.</summary>
    Deny,

    /// <summary>CAMEO 130 (warn is coded as an unspecified threat).</summary>
    Warn,

    /// <summary>CAMEO 13: threaten.</summary>
    Threaten,

    /// <summary>CAMEO 161: reduce or break diplomatic relations.</summary>
    BreakRelations,

    /// <summary>CAMEO 163: impose an embargo, boycott or sanctions.</summary>
    ImposeSanctions,

    /// <summary>CAMEO 18/19: assault or fight.</summary>
    Attack,
}
