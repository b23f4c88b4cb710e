using Graph.Model;

namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// From CAMEO event codes to the project's closed predicate set. The longest listed prefix of a code decides:
/// a predicate, or a reason why no predicate fits (the code is then dropped and counted).
/// </summary>
/// <remarks>
/// The project's actions keep the CAMEO codes FORMAT.md gives them; the rest of the ontology is decided
/// root by root:
/// <list type="bullet">
/// <item>01 public statements are not coded, except 016 (deny responsibility) DENY: what a statement says is
/// coded as the acts it reports, and the speaker becomes those facts' source; a fact for the saying itself
/// ("reiterated", "underscored", "told reporters") is what the annotation guide leaves out.</item>
/// <item>02 appeals are APPEAL, whatever is asked for.</item>
/// <item>03 expresses an intent to cooperate: intent is a fact's status (the status words find it around
/// the act itself), not a predicate.</item>
/// <item>04 consultations are MEET, except 042 (visit) VISIT, 043 (host) HOST and 045 (mediate) MEDIATE.</item>
/// <item>05 diplomatic cooperation: 051 praise or endorse is PRAISE, 057 sign a formal agreement AGREE, and
/// 052 (defend verbally) and 053 (rally support on another's behalf) SUPPORTS, the guide's "standing with,
/// backing". 050 is dropped: the verbs under it range from backing to advertising and cooperating, so
/// the code says nothing one predicate could carry; 054 (recognise), 055 (apologise) and 056 (forgive)
/// have no predicate.</item>
/// <item>06 material cooperation is COOPERATE.</item>
/// <item>07 aid is SUPPORTS, and 071 (economic aid) FUNDS. 070 is dropped: its verbs (intervene, interfere,
/// stabilise) are not aid to a target.</item>
/// <item>08 (yield) and 09 (investigate) have no predicate.</item>
/// <item>10 demands are DEMAND.</item>
/// <item>11 disapproval: 111 (criticise, denounce) and 114 (complain officially: the guide's "raising
/// objections") are CRITICIZE, 112 and its subcodes ACCUSE, 113 (rally opposition against) OPPOSES.
/// 110 is dropped: its verbs range from alleging to mourning; 115 (sue) and 116 (find guilty) are legal
/// acts outside the set.</item>
/// <item>12 rejections are REJECT.</item>
/// <item>13 threats: 130, the unspecified threat, is WARN (the guide's "warnings of consequences"); the
/// threats with a named means, 131 to 139 (sanctions, force, ultimatum ...), are THREATEN.</item>
/// <item>14 protest (demonstrations, strikes, riots) and 15 force posture are not acts on a named target
/// in the set.</item>
/// <item>16 reducing relations: 161 is BREAK_RELATIONS, 163 (embargo, boycott, sanctions) IMPOSE_SANCTIONS;
/// 160, 162 and 164 to 166 (cut aid, halt talks, expel) have no predicate.</item>
/// <item>17 coercion (seize, arrest, expel, repress) has no predicate, except 176 (cyber attack) ATTACK.</item>
/// <item>18 assault, 19 fight and 20 mass violence are ATTACK, except 191 (blockade, restrict movement)
/// IMPOSE_SANCTIONS, where the guide puts blockades.</item>
/// </list>
/// </remarks>
internal static class CameoCodeMap
{
    private static readonly (string Prefix, Predicate? Predicate, string Reason)[] Table =
    [
        ("01", null, "01 a statement is coded as what it reports, with the speaker as source"),
        ("016", Predicate.Deny, ""),
        ("02", Predicate.Appeal, ""),
        ("03", null, "03 intent is a fact's status, not a predicate"),
        ("04", Predicate.Meet, ""),
        ("042", Predicate.Visit, ""),
        ("043", Predicate.Host, ""),
        ("045", Predicate.Mediate, ""),
        ("05", null, "05 diplomatic cooperation in general fits no one predicate"),
        ("051", Predicate.Praise, ""),
        ("052", Predicate.Supports, ""),
        ("053", Predicate.Supports, ""),
        ("057", Predicate.Agree, ""),
        ("06", Predicate.Cooperate, ""),
        ("07", Predicate.Supports, ""),
        ("070", null, "070 verbs (intervene, stabilise) are not aid to a target"),
        ("071", Predicate.Funds, ""),
        ("08", null, "08 yielding has no predicate"),
        ("09", null, "09 investigating has no predicate"),
        ("10", Predicate.Demand, ""),
        ("11", null, "11 disapproval in general (110 alleging, mourning) fits no one predicate"),
        ("111", Predicate.Criticize, ""),
        ("112", Predicate.Accuse, ""),
        ("113", Predicate.Opposes, ""),
        ("114", Predicate.Criticize, ""),
        ("115", null, "115 suing is a legal act outside the set"),
        ("116", null, "116 finding guilty is a legal act outside the set"),
        ("12", Predicate.Reject, ""),
        ("13", Predicate.Threaten, ""),
        ("130", Predicate.Warn, ""),
        ("14", null, "14 protest has no predicate"),
        ("15", null, "15 force posture has no predicate"),
        ("16", null, "16 reducing relations other than 161 and 163 has no predicate"),
        ("161", Predicate.BreakRelations, ""),
        ("163", Predicate.ImposeSanctions, ""),
        ("17", null, "17 coercion has no predicate"),
        ("176", Predicate.Attack, ""),
        ("18", Predicate.Attack, ""),
        ("19", Predicate.Attack, ""),
        ("191", Predicate.ImposeSanctions, ""),
        ("20", Predicate.Attack, ""),
    ];

    /// <summary>The predicate of <paramref name="code"/>, or null with the reason it has none.</summary>
    public static Predicate? Map(string code, out string reason)
    {
        ArgumentNullException.ThrowIfNull(code);
        (string Prefix, Predicate? Predicate, string Reason)? best = null;
        foreach (var entry in Table)
        {
            if (code.StartsWith(entry.Prefix, StringComparison.Ordinal) && (best is null || entry.Prefix.Length > best.Value.Prefix.Length))
            {
                best = entry;
            }
        }

        reason = best is null ? "code outside CAMEO's 01 to 20" : best.Value.Reason;
        return best?.Predicate;
    }

    /// <summary>How specific a code is: a four-digit code over a three-digit one, a non-zero last digit over a
    /// root code ending in 0.</summary>
    public static int Specificity(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return (code.Length * 2) + (code[^1] == '0' ? 0 : 1);
    }
}
