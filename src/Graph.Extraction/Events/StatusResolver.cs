using Graph.Model;

namespace Graph.Extraction.Events;

/// <summary>
/// What a sentence asserts about an act, read from the clauses above it: negation and modals on the
/// act itself; "if"/"unless" clauses; verbs of wanting, threatening, urging or refusing that take it as
/// their complement; verbs of accusing and denying; and reported speech ("X said that ...",
/// "according to X"), which gives the act its source.
/// </summary>
internal sealed class StatusResolver(ClauseView view, StatusWords words, Func<int, string?> speakerOf)
{
    // Clause relations through which an embedding verb governs what its complement asserts.
    // Objects and obliques carry a nominal clause up ("accused Congo of backing ..." when "backing" hangs on the noun).
    private static readonly HashSet<string> Embedding = ["ccomp", "xcomp", "advcl", "acl", "obj", "iobj", "obl", "obl:agent", "nsubj:pass", "conj", "csubj"];

    private const int MaxDepth = 12;

    /// <summary>The status of the act at <paramref name="trigger"/> and, for reported speech or claims, who says it.</summary>
    /// <param name="trigger">The act's word.</param>
    /// <param name="predicate">What the act is: a pledge to cooperate or to support is cooperation or support given.</param>
    public (FactStatus Status, string? Source) Resolve(int trigger, Predicate predicate)
    {
        FactStatus status = Own(trigger);
        string? source = null;
        int node = trigger;
        for (int depth = 0; depth < MaxDepth; depth++)
        {
            source ??= AccordingTo(node);
            int head = view.Head(node);
            string relation = view.Tokens[node].Relation;
            if (head >= 0 && relation == "nmod" && words.Possibility.Contains(view.Lemma(head)))
            {
                // "the likelihood of further aggression", "the risk of an invasion": an act named as a possibility.
                status = Stronger(status, FactStatus.Hypothetical);
                break;
            }

            if (head < 0 || !Embedding.Contains(relation))
            {
                break;
            }

            // A coordinated clause with its own subject asserts on its own ("A attacked B, but C did not respond").
            if (relation == "conj" && view.Child(node, "nsubj") >= 0)
            {
                break;
            }

            // "I want to thank you", "we would like to congratulate": saying so is doing it, unless it is denied.
            if (relation == "xcomp" && words.Performative.Contains(view.Lemma(node)) && words.Wishing.Contains(view.Lemma(head)))
            {
                status = Own(head) == FactStatus.Negated ? FactStatus.Negated : status;
                node = head;
                continue;
            }

            // "pledged to work together", "committed to support X": the commitment is the cooperation or support itself.
            if (relation == "xcomp" && predicate is Predicate.Cooperate or Predicate.Supports && words.Commitment.Contains(view.Lemma(head)))
            {
                status = Stronger(status, Own(head));
                node = head;
                continue;
            }

            // "supports Chile's aspirations to join NATO", which the parser may hang on the verb: an infinitive right after a
            // noun of intending is that intention's.
            if (relation == "advcl" && IntentionNounBefore(node))
            {
                status = Stronger(status, FactStatus.Intended);
            }

            (FactStatus edge, bool speaks) = Edge(node, head, relation);
            status = Stronger(status, edge);
            if (speaks)
            {
                source ??= speakerOf(head);
            }

            status = Stronger(status, Own(head));
            node = head;
        }

        source ??= ParentheticalSpeaker(node);
        if (view.Tokens.Count > 0 && view.Tokens[^1].Form == "?")
        {
            status = Stronger(status, FactStatus.Hypothetical);
        }

        return (status, source);
    }

    /// <summary>What the word itself says: "did not attack", "could attack", "allegedly attacked", "attacks if ...".</summary>
    private FactStatus Own(int token)
    {
        FactStatus status = FactStatus.Asserted;
        foreach (int child in view.Parse.Children(token))
        {
            string lemma = view.Lemma(child);
            string relation = view.BaseRelation(child);
            if ((relation == "advmod" && words.Negation.Contains(lemma)) || (relation == "det" && lemma == "no"))
            {
                status = Stronger(status, FactStatus.Negated);
            }
            else if (relation == "aux" && words.Possibility.Contains(lemma) && !(lemma == "would" && IsReported(token)))
            {
                status = Stronger(status, FactStatus.Hypothetical);
            }
            else if (view.Tokens[token].Upos == "NOUN" && ((relation == "amod" && words.Possibility.Contains(lemma)) || (relation == "det" && lemma == "any")))
            {
                // "a potential invasion", "any further aggression": an act named as a possibility.
                status = Stronger(status, FactStatus.Hypothetical);
            }
            else if (relation == "advmod" && words.Allegation.Contains(lemma))
            {
                status = Stronger(status, FactStatus.Alleged);
            }
            else if (relation == "advcl" && view.MarkOf(child) is { } mark && words.Condition.Contains(mark))
            {
                // "would attack Peru if talks failed": the act hangs on its condition.
                status = Stronger(status, FactStatus.Hypothetical);
            }
        }

        return status;
    }

    /// <summary>
    /// True for the clause a verb of saying or pledging reports ("affirmed that X would continue"): there "would" is the
    /// reported "will", no condition.
    /// </summary>
    private bool IsReported(int clause)
    {
        for (int node = clause, depth = 0; depth < 4 && view.Head(node) >= 0; depth++, node = view.Head(node))
        {
            string relation = view.Tokens[node].Relation;
            if (relation == "ccomp")
            {
                string lemma = view.Lemma(view.Head(node));
                return words.Saying.Contains(lemma) || words.Commitment.Contains(lemma);
            }

            if (relation is not ("xcomp" or "conj"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>What an embedding verb makes of its complement, and whether it is a verb of saying or claiming.</summary>
    private (FactStatus Status, bool Speaks) Edge(int node, int head, string relation)
    {
        string lemma = view.Lemma(head);
        if (relation == "advcl" && view.MarkOf(node) is { } mark && words.Condition.Contains(mark))
        {
            return (FactStatus.Hypothetical, false);
        }

        if (relation == "conj")
        {
            return (FactStatus.Asserted, false);
        }

        if (words.Denial.Contains(lemma))
        {
            return (FactStatus.Negated, true);
        }

        if (words.Allegation.Contains(lemma))
        {
            return (FactStatus.Alleged, true);
        }

        if (words.Refusal.Contains(lemma))
        {
            return (FactStatus.Negated, false);
        }

        // "threatened sanctions" and "threatened to impose sanctions" are both unrealised; "pledged support" is support given.
        if (words.Intention.Contains(lemma) && !(relation == "obj" && words.Commitment.Contains(lemma)))
        {
            return (FactStatus.Intended, false);
        }

        if (words.Saying.Contains(lemma) && relation is "ccomp" or "csubj")
        {
            return (FactStatus.Asserted, true);
        }

        return (FactStatus.Asserted, false);
    }

    /// <summary>True when the infinitive's "to" follows a noun of intending, or that noun's "of" phrase ("the aspirations of Chile to join").</summary>
    private bool IntentionNounBefore(int verb)
    {
        int noun = view.NounBeforeInfinitive(verb);

        // "in order to help" states a purpose, no intention.
        bool inOrder = noun > 0 && view.Lemma(noun) == "order" && view.Lemma(noun - 1) == "in";
        return noun >= 0 && !inOrder && words.Intention.Contains(view.Lemma(noun));
    }

    /// <summary>"according to X" on this clause.</summary>
    private string? AccordingTo(int clause)
    {
        foreach (int child in view.Children(clause, "obl", "advcl"))
        {
            if (view.CaseOf(child) == "according to")
            {
                return speakerOf(child);
            }
        }

        return null;
    }

    /// <summary>"X attacked Y, officials said": a verb of saying attached to the main clause as a parenthetical.</summary>
    private string? ParentheticalSpeaker(int root)
    {
        foreach (int child in view.Children(root, "parataxis"))
        {
            if (words.Saying.Contains(view.Lemma(child)))
            {
                return speakerOf(child);
            }
        }

        return null;
    }

    /// <summary>The more telling of two statuses: a negation or condition outweighs a claim, a claim an intention.</summary>
    private static FactStatus Stronger(FactStatus a, FactStatus b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(FactStatus status) => status switch
    {
        FactStatus.Negated => 4,
        FactStatus.Hypothetical => 3,
        FactStatus.Alleged => 2,
        FactStatus.Intended => 1,
        _ => 0,
    };
}
