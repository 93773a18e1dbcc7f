using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Routes.Geo.Server.Page;

/// <summary>
/// The story page at <c>/</c> (also <c>/story</c>): its HTML, script and style, and Leaflet, all embedded in the package, so
/// the page needs nothing beyond this server (no CDN, no tile server: the base map is drawn from the network's roads).
/// </summary>
internal static class StoryPage
{
    private static readonly (string Path, string Resource, string ContentType)[] Files =
    [
        ("/", "story.html", "text/html; charset=utf-8"),
        ("/story", "story.html", "text/html; charset=utf-8"),
        ("/page/story.js", "story.js", "text/javascript; charset=utf-8"),
        ("/page/story.css", "story.css", "text/css; charset=utf-8"),
        ("/page/leaflet.js", "leaflet.js", "text/javascript; charset=utf-8"),
        ("/page/leaflet.css", "leaflet.css", "text/css; charset=utf-8"),
        ("/page/land-channel.geojson", "land-channel.geojson", "application/geo+json"),
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach ((string path, string resource, string contentType) in Files)
        {
            byte[] bytes = Read(resource);
            app.MapGet(path, (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "no-cache";
                return Results.Bytes(bytes, contentType);
            }).ExcludeFromDescription();
        }
    }

    private static byte[] Read(string name)
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Routes.Geo.Server.Page." + name)
            ?? throw new InvalidOperationException($"The page resource {name} is not embedded in the server assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
