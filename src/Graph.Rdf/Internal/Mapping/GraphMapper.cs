using System.Globalization;
using Graph.Model;
using static Graph.Rdf.Internal.Mapping.Vocabulary;

namespace Graph.Rdf.Internal.Mapping;

/// <summary>
/// Turns the read model into statements, streaming: each source sequence is read once, in order, and every
/// statement is yielded as soon as it is known. See docs/rdf-mapping.md for the mapping table.
/// </summary>
internal sealed class GraphMapper(IriMinter iris, bool namedGraphs)
{
    private static readonly RdfTerm Type = RdfTerm.Iri(RdfType);

    public IEnumerable<RdfQuad> Map(IGraphSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        foreach (RdfQuad quad in Ontology())
        {
            yield return quad;
        }

        foreach (StoredArticle article in source.Articles())
        {
            foreach (RdfQuad quad in Article(article))
            {
                yield return quad;
            }
        }

        foreach (Entity entity in source.Entities())
        {
            foreach (RdfQuad quad in EntityStatements(entity))
            {
                yield return quad;
            }
        }

        var mentions = RdfTerm.Iri(SchemaMentions);
        foreach (Mention mention in source.Mentions())
        {
            yield return new RdfQuad(iris.ForId(mention.ArticleId), mentions, iris.ForId(mention.EntityId));
        }

        foreach (Relation relation in source.Relations())
        {
            foreach (RdfQuad quad in RelationStatements(relation))
            {
                yield return quad;
            }
        }
    }

    /// <summary>The project's predicates and the CAMEO event types they carry.</summary>
    private IEnumerable<RdfQuad> Ontology()
    {
        foreach (PredicateInfo info in PredicateInfo.All)
        {
            RdfTerm predicate = iris.Term(info.Name);
            yield return new RdfQuad(predicate, Type, RdfTerm.Iri(RdfProperty));
            yield return new RdfQuad(predicate, RdfTerm.Iri(RdfsLabel), RdfTerm.Literal(info.Name));
            if (info.Cameo is { } code)
            {
                yield return new RdfQuad(predicate, iris.Term("cameoEventType"), iris.Cameo(code));
            }
        }

        foreach (string code in PredicateInfo.All.Select(i => i.Cameo).OfType<string>().Distinct().Order(StringComparer.Ordinal))
        {
            RdfTerm type = iris.Cameo(code);
            yield return new RdfQuad(type, Type, RdfTerm.Iri(SemEventType));
            yield return new RdfQuad(type, RdfTerm.Iri(SkosNotation), RdfTerm.Literal(code));
        }

        RdfTerm group = iris.Term("Group");
        yield return new RdfQuad(group, Type, RdfTerm.Iri(Rdfs + "Class"));
        yield return new RdfQuad(group, RdfTerm.Iri(RdfsLabel), RdfTerm.Literal("Group"));
        yield return new RdfQuad(group, RdfTerm.Iri(RdfsComment), RdfTerm.Literal("An armed group, militia, movement or population group."));

        foreach (RdfQuad quad in StatusVocabulary())
        {
            yield return quad;
        }
    }

    /// <summary>
    /// <c>g:status</c> and its values, a SKOS concept scheme: no standard vocabulary names what a report asserts
    /// about an event (schema:EventStatusType describes scheduling, not factuality).
    /// </summary>
    private IEnumerable<RdfQuad> StatusVocabulary()
    {
        RdfTerm property = iris.Term("status");
        RdfTerm scheme = iris.Term("FactStatus");
        yield return new RdfQuad(property, Type, RdfTerm.Iri(RdfProperty));
        yield return new RdfQuad(property, RdfTerm.Iri(RdfsLabel), RdfTerm.Literal("status"));
        yield return new RdfQuad(property, RdfTerm.Iri(RdfsComment), RdfTerm.Literal(
            "What the reporting sentence asserts about a fact or event; only asserted ones are stated as direct triples."));
        yield return new RdfQuad(scheme, Type, RdfTerm.Iri(SkosConceptScheme));
        yield return new RdfQuad(scheme, RdfTerm.Iri(RdfsLabel), RdfTerm.Literal("FactStatus"));
        foreach (FactStatus status in FactStatuses.All)
        {
            RdfTerm concept = iris.Status(status);
            yield return new RdfQuad(concept, Type, RdfTerm.Iri(SkosConcept));
            yield return new RdfQuad(concept, RdfTerm.Iri(SkosInScheme), scheme);
            yield return new RdfQuad(concept, RdfTerm.Iri(SkosPrefLabel), RdfTerm.Literal(status.Name()));
            yield return new RdfQuad(concept, RdfTerm.Iri(SkosDefinition), RdfTerm.Literal(StatusDefinition(status)));
        }
    }

    private static string StatusDefinition(FactStatus status) => status switch
    {
        FactStatus.Asserted => "The text says it happened, happens, or is scheduled or agreed to happen.",
        FactStatus.Negated => "The text says it did not happen.",
        FactStatus.Hypothetical => "The text says it is possible or would happen under a condition.",
        FactStatus.Intended => "The text says it is wanted, planned, threatened or demanded, not done.",
        FactStatus.Alleged => "Someone the text reports claims it happened; the text does not assert it.",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown fact status."),
    };

    private IEnumerable<RdfQuad> Article(StoredArticle article)
    {
        RdfTerm subject = iris.ForId(article.Id);
        yield return new RdfQuad(subject, Type, RdfTerm.Iri(SchemaNewsArticle));
        yield return new RdfQuad(subject, RdfTerm.Iri(DcIdentifier), RdfTerm.Literal(article.Id));
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            yield return new RdfQuad(subject, RdfTerm.Iri(DcTitle), RdfTerm.Literal(article.Title));
        }

        if (article.Published is { } published)
        {
            yield return new RdfQuad(subject, RdfTerm.Iri(DcIssued), Date(published));
        }

        if (!string.IsNullOrWhiteSpace(article.Url))
        {
            yield return new RdfQuad(subject, RdfTerm.Iri(DcSource), UrlTerm(article.Url));
        }

        RdfTerm? publisher = string.IsNullOrWhiteSpace(article.Source) ? null : iris.Publisher(article.Source);
        if (publisher is { } p)
        {
            yield return new RdfQuad(subject, RdfTerm.Iri(DcPublisher), p);
        }

        yield return new RdfQuad(subject, iris.Term("fileName"), RdfTerm.Literal(article.FileName));
        yield return new RdfQuad(subject, iris.Term("contentHash"), RdfTerm.Literal(article.ContentHash));
        if (publisher is { } organization)
        {
            yield return new RdfQuad(organization, Type, RdfTerm.Iri(SchemaOrganization));
            yield return new RdfQuad(organization, RdfTerm.Iri(SchemaName), RdfTerm.Literal(article.Source!));
        }

        // Emitted in every syntax so that all of them describe the same merged graph.
        yield return new RdfQuad(iris.GraphOf(article.Id), RdfTerm.Iri(ProvWasDerivedFrom), subject);
    }

    private IEnumerable<RdfQuad> EntityStatements(Entity entity)
    {
        RdfTerm subject = iris.ForId(entity.Id);
        foreach (RdfTerm type in EntityTypes(entity.Type))
        {
            yield return new RdfQuad(subject, Type, type);
        }

        yield return new RdfQuad(subject, RdfTerm.Iri(SchemaName), RdfTerm.Literal(entity.Name));
        foreach (string alias in entity.Aliases)
        {
            yield return new RdfQuad(subject, RdfTerm.Iri(SkosAltLabel), RdfTerm.Literal(alias));
        }

        yield return new RdfQuad(subject, RdfTerm.Iri(DcIdentifier), RdfTerm.Literal(entity.Id));
    }

    private IEnumerable<RdfTerm> EntityTypes(EntityType type)
    {
        switch (type)
        {
            case EntityType.Person:
                yield return RdfTerm.Iri(Schema + "Person");
                yield return RdfTerm.Iri(SemActor);
                break;
            case EntityType.Organization:
                yield return RdfTerm.Iri(SchemaOrganization);
                yield return RdfTerm.Iri(SemActor);
                break;
            case EntityType.Country:
                yield return RdfTerm.Iri(Schema + "Country");
                yield return RdfTerm.Iri(SemActor);
                yield return RdfTerm.Iri(SemPlace);
                break;
            case EntityType.City:
                yield return RdfTerm.Iri(Schema + "City");
                yield return RdfTerm.Iri(SemPlace);
                break;
            case EntityType.Region:
                yield return RdfTerm.Iri(Schema + "Place");
                yield return RdfTerm.Iri(SemPlace);
                break;
            case EntityType.Group:
                yield return iris.Term("Group");
                yield return RdfTerm.Iri(SemActor);
                break;
            case EntityType.Event:
                yield return RdfTerm.Iri(Schema + "Event");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown entity type.");
        }
    }

    private IEnumerable<RdfQuad> RelationStatements(Relation relation)
    {
        PredicateInfo info = relation.Info;
        RdfTerm subject = iris.ForId(relation.SubjectId);
        RdfTerm predicate = iris.Term(info.Name);
        RdfTerm @object = iris.ForId(relation.ObjectId);
        RdfTerm node = iris.ForId(relation.Id);

        // Only what the text asserts becomes a triple; a denied, alleged or conditional act is described by its
        // statement node (never asserted by RDF reification) and its events, each carrying the status.
        if (relation.IsAsserted)
        {
            yield return new RdfQuad(subject, predicate, @object);
        }

        yield return new RdfQuad(node, Type, RdfTerm.Iri(RdfStatement));
        yield return new RdfQuad(node, RdfTerm.Iri(RdfSubject), subject);
        yield return new RdfQuad(node, RdfTerm.Iri(RdfPredicate), predicate);
        yield return new RdfQuad(node, RdfTerm.Iri(RdfObject), @object);
        yield return new RdfQuad(node, RdfTerm.Iri(DcIdentifier), RdfTerm.Literal(relation.Id));
        yield return new RdfQuad(node, iris.Term("status"), iris.Status(relation.Status));
        if (!string.IsNullOrWhiteSpace(relation.Title))
        {
            yield return new RdfQuad(node, RdfTerm.Iri(SchemaRoleName), RdfTerm.Literal(relation.Title));
        }

        var sources = new HashSet<string>(StringComparer.Ordinal);
        foreach (Evidence evidence in relation.Evidence)
        {
            if (sources.Add(evidence.ArticleId))
            {
                yield return new RdfQuad(node, RdfTerm.Iri(ProvWasDerivedFrom), iris.ForId(evidence.ArticleId));
            }
        }

        foreach (Evidence evidence in relation.Evidence)
        {
            foreach (RdfQuad quad in EvidenceStatements(relation, info, subject, predicate, @object, node, evidence))
            {
                yield return quad;
            }
        }
    }

    private IEnumerable<RdfQuad> EvidenceStatements(
        Relation relation, PredicateInfo info, RdfTerm subject, RdfTerm predicate, RdfTerm @object, RdfTerm node, Evidence evidence)
    {
        RdfTerm? graph = namedGraphs ? iris.GraphOf(evidence.ArticleId) : null;
        RdfTerm article = iris.ForId(evidence.ArticleId);
        string eventId = relation.EventId(evidence);
        RdfTerm derivation = iris.Evidence(eventId);

        if (namedGraphs && relation.IsAsserted)
        {
            // The article's graph restates the fact it asserts, so GRAPH ?g { ?s g:P ?o } finds the articles.
            yield return new RdfQuad(subject, predicate, @object, graph);
        }

        RdfTerm? source = evidence.SourceId is { } sourceId ? iris.ForId(sourceId) : null;

        yield return new RdfQuad(node, RdfTerm.Iri(ProvQualifiedDerivation), derivation, graph);
        yield return new RdfQuad(derivation, Type, RdfTerm.Iri(ProvDerivation), graph);
        yield return new RdfQuad(derivation, RdfTerm.Iri(ProvEntityProperty), article, graph);
        yield return new RdfQuad(derivation, RdfTerm.Iri(OaExact), RdfTerm.Literal(evidence.Sentence), graph);
        yield return new RdfQuad(derivation, RdfTerm.Iri(OaStart), NonNegative(evidence.Span.Start), graph);
        yield return new RdfQuad(derivation, RdfTerm.Iri(OaEnd), NonNegative(evidence.Span.End), graph);
        yield return new RdfQuad(derivation, iris.Term("sentenceIndex"), NonNegative(evidence.SentenceIndex), graph);
        if (double.IsFinite(evidence.Confidence))
        {
            yield return new RdfQuad(
                derivation, iris.Term("confidence"), RdfTerm.Typed(evidence.Confidence.ToString("0.0##", CultureInfo.InvariantCulture), XsdDecimal), graph);
        }

        if (source is { } reportedBy)
        {
            yield return new RdfQuad(derivation, RdfTerm.Iri(SemAccordingTo), reportedBy, graph);
        }

        if (!info.IsAction)
        {
            yield break;
        }

        RdfTerm @event = iris.ForId(eventId);
        yield return new RdfQuad(@event, Type, RdfTerm.Iri(SemEvent), graph);
        yield return new RdfQuad(@event, RdfTerm.Iri(SemEventTypeProperty), iris.Cameo(info.Cameo!), graph);
        yield return new RdfQuad(@event, RdfTerm.Iri(SemHasActor), subject, graph);
        yield return new RdfQuad(@event, RdfTerm.Iri(SemHasActor), @object, graph);
        yield return new RdfQuad(@event, iris.Term("actor"), subject, graph);
        yield return new RdfQuad(@event, iris.Term("target"), @object, graph);
        if (evidence.PlaceId is { } place)
        {
            yield return new RdfQuad(@event, RdfTerm.Iri(SemHasPlace), iris.ForId(place), graph);
        }

        if (evidence.Date is { } date)
        {
            yield return new RdfQuad(@event, RdfTerm.Iri(SemHasTimeStamp), Date(date), graph);
        }

        yield return new RdfQuad(@event, iris.Term("status"), iris.Status(relation.Status), graph);
        if (source is { } accordingTo)
        {
            yield return new RdfQuad(@event, RdfTerm.Iri(SemAccordingTo), accordingTo, graph);
        }

        yield return new RdfQuad(@event, iris.Term("relation"), node, graph);
        yield return new RdfQuad(@event, RdfTerm.Iri(ProvWasDerivedFrom), article, graph);
        yield return new RdfQuad(@event, RdfTerm.Iri(ProvQualifiedDerivation), derivation, graph);
        yield return new RdfQuad(@event, RdfTerm.Iri(DcIdentifier), RdfTerm.Literal(eventId), graph);
    }

    private static RdfTerm Date(DateOnly date) =>
        RdfTerm.Typed(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), XsdDate);

    private static RdfTerm NonNegative(int value) =>
        RdfTerm.Typed(value.ToString(CultureInfo.InvariantCulture), XsdNonNegativeInteger);

    private static RdfTerm UrlTerm(string url)
    {
        string trimmed = url.Trim();
        bool absolute = trimmed.Length > 2 && char.IsAsciiLetter(trimmed[0]) && trimmed.Contains("://", StringComparison.Ordinal);
        return absolute ? RdfTerm.Iri(Text.IriText.Sanitize(trimmed)) : RdfTerm.Literal(trimmed);
    }
}
