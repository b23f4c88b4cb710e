using Graph.Model;

namespace Graph.Extraction.Tests.Mentions;

public sealed class OrganizationHeadWordsTests
{
    [Fact]
    public void Extract_MediaAndBodyNames_AreOrganizationsNotPeople()
    {
        var x = Extract.From("The Harbour Valley Tribune reported the arrests.\nOfficers of the Northern Border Force detained two men.\nThey were treated at Lakeside Medical Center.");
        Assert.Equal(EntityType.Organization, x.Entity("Harbour Valley Tribune")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("Northern Border Force")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("Lakeside Medical Center")?.Type);
    }
}
