namespace Graph.Rdf.Internal.Mapping;

/// <summary>Namespace IRIs and terms of the standard vocabularies the mapping uses.</summary>
internal static class Vocabulary
{
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    public const string Schema = "https://schema.org/";
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";
    public const string Sem = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public const string Prov = "http://www.w3.org/ns/prov#";
    public const string DcTerms = "http://purl.org/dc/terms/";
    public const string Oa = "http://www.w3.org/ns/oa#";

    public const string RdfType = Rdf + "type";
    public const string RdfStatement = Rdf + "Statement";
    public const string RdfSubject = Rdf + "subject";
    public const string RdfPredicate = Rdf + "predicate";
    public const string RdfObject = Rdf + "object";
    public const string RdfProperty = Rdf + "Property";
    public const string RdfsLabel = Rdfs + "label";
    public const string RdfsComment = Rdfs + "comment";

    public const string XsdDate = Xsd + "date";
    public const string XsdDecimal = Xsd + "decimal";
    public const string XsdNonNegativeInteger = Xsd + "nonNegativeInteger";

    public const string SchemaName = Schema + "name";
    public const string SchemaMentions = Schema + "mentions";
    public const string SchemaRoleName = Schema + "roleName";
    public const string SchemaUrl = Schema + "url";
    public const string SchemaNewsArticle = Schema + "NewsArticle";
    public const string SchemaOrganization = Schema + "Organization";

    public const string SkosAltLabel = Skos + "altLabel";
    public const string SkosNotation = Skos + "notation";
    public const string SkosConcept = Skos + "Concept";
    public const string SkosConceptScheme = Skos + "ConceptScheme";
    public const string SkosInScheme = Skos + "inScheme";
    public const string SkosPrefLabel = Skos + "prefLabel";
    public const string SkosDefinition = Skos + "definition";

    public const string SemEvent = Sem + "Event";
    public const string SemEventType = Sem + "EventType";
    public const string SemActor = Sem + "Actor";
    public const string SemPlace = Sem + "Place";
    public const string SemHasActor = Sem + "hasActor";
    public const string SemHasPlace = Sem + "hasPlace";
    public const string SemHasTimeStamp = Sem + "hasTimeStamp";
    public const string SemEventTypeProperty = Sem + "eventType";
    public const string SemAccordingTo = Sem + "accordingTo";

    public const string ProvEntity = Prov + "Entity";
    public const string ProvDerivation = Prov + "Derivation";
    public const string ProvWasDerivedFrom = Prov + "wasDerivedFrom";
    public const string ProvQualifiedDerivation = Prov + "qualifiedDerivation";
    public const string ProvEntityProperty = Prov + "entity";

    public const string DcTitle = DcTerms + "title";
    public const string DcIssued = DcTerms + "issued";
    public const string DcSource = DcTerms + "source";
    public const string DcPublisher = DcTerms + "publisher";
    public const string DcIdentifier = DcTerms + "identifier";

    public const string OaExact = Oa + "exact";
    public const string OaStart = Oa + "start";
    public const string OaEnd = Oa + "end";
}
