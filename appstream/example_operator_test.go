package appstream_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/types"
)

// operatorService is a stand-in for AppStream that answers the examples of
// the operator's operations with canned responses, by X-Amz-Target and
// NextToken.
func operatorService() *httptest.Server {
	answers := map[string]string{
		"AssociateFleet": `{}`,
		"CreateStreamingURL": `{"Expires":1764226860,` +
			`"StreamingURL":"https://appstream2.us-east-1.aws.amazon.com/authenticate?parameters=eyJ0eXBlIjoiRU5E&signature=abc"}`,
		"DescribeImages": `{"Images":[{"Name":"AppStream-WinServer2022-10-13-2025","Platform":"WINDOWS_SERVER_2022","State":"AVAILABLE"},` +
			`{"Name":"AppStream-AmazonLinux2-10-13-2025","Platform":"AMAZON_LINUX2","State":"AVAILABLE"}],"NextToken":"page-2"}`,
		"DescribeImages page-2": `{"Images":[{"Name":"AppStream-WinServer2019-10-13-2025","Platform":"WINDOWS_SERVER_2019","State":"AVAILABLE"}]}`,
	}
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		key := strings.TrimPrefix(r.Header.Get("X-Amz-Target"), "PhotonAdminProxyService.")
		if strings.Contains(string(body), `"NextToken":"page-2"`) {
			key += " page-2"
		}
		w.Header().Set("Content-Type", "application/x-amz-json-1.1")
		io.WriteString(w, answers[key])
	}))
}

func operatorClient(url string) *appstream.Client {
	return appstream.New(appstream.Options{Region: "us-east-1", BaseEndpoint: aws.String(url), Credentials: aws.AnonymousCredentials{}})
}

func ExampleClient_CreateStreamingURL() {
	srv := operatorService()
	defer srv.Close()
	client := operatorClient(srv.URL)
	ctx := context.Background()

	// A fleet streams through a stack once the two are associated.
	_, err := client.AssociateFleet(ctx, &appstream.AssociateFleetInput{FleetName: aws.String("training"), StackName: aws.String("training-stack")})
	if err != nil {
		fmt.Println(err)
		return
	}
	out, err := client.CreateStreamingURL(ctx, &appstream.CreateStreamingURLInput{
		StackName: aws.String("training-stack"),
		FleetName: aws.String("training"),
		UserId:    aws.String("alice"),
		Validity:  aws.Int64(300), // seconds
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Split(*out.StreamingURL, "?")[0])
	fmt.Println("expires", out.Expires.Format(time.RFC3339))

	// Required members are checked before anything is sent.
	_, err = client.CreateStreamingURL(ctx, &appstream.CreateStreamingURLInput{StackName: aws.String("training-stack")})
	fmt.Print(err)
	// Output:
	// https://appstream2.us-east-1.aws.amazon.com/authenticate
	// expires 2025-11-27T07:01:00Z
	// operation error AppStream: CreateStreamingURL, 2 validation error(s) found.
	// - missing required field, CreateStreamingURLInput.FleetName.
	// - missing required field, CreateStreamingURLInput.UserId.
}

func ExampleDescribeImagesPaginator_Images() {
	srv := operatorService()
	defer srv.Close()
	client := operatorClient(srv.URL)

	in := &appstream.DescribeImagesInput{Type: types.VisibilityTypePublic, MaxResults: aws.Int32(2)}
	for image, err := range appstream.NewDescribeImagesPaginator(client, in).Images(context.Background()) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(*image.Name, image.Platform, image.State)
	}
	// Output:
	// AppStream-WinServer2022-10-13-2025 WINDOWS_SERVER_2022 AVAILABLE
	// AppStream-AmazonLinux2-10-13-2025 AMAZON_LINUX2 AVAILABLE
	// AppStream-WinServer2019-10-13-2025 WINDOWS_SERVER_2019 AVAILABLE
}
