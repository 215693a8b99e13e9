using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using OrderPipeline.Domain.Events;

namespace OrderPipeline.Functions.Events;

/// <summary>
/// Posts events over one pooled HttpClient. Redirects are not followed: the listener registered this callback, and a
/// 3xx pointing elsewhere (perhaps at an internal address) counts as a failure naming the status.
/// </summary>
internal sealed class HttpEventSender(IOptionsMonitor<HubOptions> options) : IEventSender, IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient client = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        // Renewing pooled connections now and then lets a listener's DNS change take effect in a long-lived client.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        // Each request gets Hub:CallbackTimeout as it stands when it is sent.
        Timeout = Timeout.InfiniteTimeSpan,
        DefaultRequestHeaders = { UserAgent = { new ProductInfoHeaderValue("OrderPipeline", null) } },
    };

    public async Task<CallbackResult> SendAsync(string callback, string body, CancellationToken cancellationToken)
    {
        var timeout = options.CurrentValue.CallbackTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, callback)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = Json } },
        };
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var status = (int)response.StatusCode;
            return status switch
            {
                >= 200 and < 300 => CallbackResult.Accepted,
                >= 300 and < 400 => CallbackResult.Failed($"{status} {response.ReasonPhrase}: a redirect (to {response.Headers.Location}), not followed"),
                _ => CallbackResult.Failed($"{status} {response.ReasonPhrase}"),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return CallbackResult.Failed($"no answer within {timeout}");
        }
        catch (HttpRequestException ex)
        {
            return CallbackResult.Failed($"{ex.HttpRequestError}: {ex.Message}");
        }
    }

    public void Dispose() => client.Dispose();
}
