using System.Text.Json;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Server.Osrm;

/// <summary>
/// Our extension of OSRM's route service: a POST of the same URL may carry a JSON body with <c>avoid_areas</c> (GeoJSON
/// polygons the route never enters) and <c>custom_weights</c> (speed and priority rules, <see cref="CustomWeights.FromJson"/>).
/// </summary>
internal static class OsrmBody
{
    private static readonly string[] Members = ["avoid_areas", "custom_weights"];

    /// <summary>Reads the body into <paramref name="request"/>.</summary>
    /// <exception cref="OsrmException">InvalidOptions: the body is not a JSON object of the known members; InvalidValue: an area or rule is wrong (named).</exception>
    public static void Apply(OsrmRequest request, ReadOnlySpan<byte> body)
    {
        if (request.Service != "route")
        {
            throw new OsrmException(OsrmCodes.InvalidOptions, $"A request body is read only by the route service, not by {request.Service}.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException e)
        {
            throw new OsrmException(OsrmCodes.InvalidOptions, $"The request body is not JSON ({e.Message}).");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new OsrmException(OsrmCodes.InvalidOptions, $"The request body must be a JSON object with {string.Join(" and/or ", Members)}; it is a {document.RootElement.ValueKind}.");
            }

            foreach (JsonProperty member in document.RootElement.EnumerateObject())
            {
                switch (member.Name)
                {
                    case "avoid_areas":
                        request.Avoid = Area(member.Value);
                        break;
                    case "custom_weights":
                        request.Weights = Weights(member.Value);
                        break;
                    default:
                        throw new OsrmException(OsrmCodes.InvalidOptions, $"The request body's member '{Shorten(member.Name)}' is unknown; members: {string.Join(", ", Members)}.");
                }
            }
        }
    }

    private static AvoidArea Area(JsonElement value)
    {
        try
        {
            return AvoidArea.FromGeoJson(value.GetRawText(), "avoid_areas");
        }
        catch (InvalidAreaException e)
        {
            throw new OsrmException(OsrmCodes.InvalidValue, e.Message);
        }
    }

    private static CustomWeights Weights(JsonElement value)
    {
        try
        {
            return CustomWeights.FromJson(value.GetRawText());
        }
        catch (InvalidCustomWeightsException e)
        {
            throw new OsrmException(OsrmCodes.InvalidValue, "custom_weights: " + e.Message);
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
