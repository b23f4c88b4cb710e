using Graph.Model;

namespace Graph.Extraction.Tests.Mentions;

public sealed class PublicationsTests
{
    [Fact]
    public void Extract_TheAndAPublicationWord_IsANewspaper()
    {
        var x = Extract.From("The Guardian said the ferry had been late for a week. Officials told the Telegraph that the ferry was repaired.");

        Assert.Equal(EntityType.Organization, x.Entity("The Guardian")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("The Telegraph")?.Type);
    }

    [Fact]
    public void Extract_PublicationWordInsideALongerName_IsNotANewspaperAlone()
    {
        var x = Extract.From("Officials told the Times Square vendors that the ferry was repaired.");

        Assert.Null(x.Entity("The Times"));
    }
}
