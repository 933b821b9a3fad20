package types

import "github.com/aws/smithy-go"

// The exceptions below share their shape and their methods' code; the
// package doc says what the methods return.

// exception is the shape of every exception, which each converts to.
type exception struct{ Message, ErrorCodeOverride *string }

// code returns ErrorCodeOverride when set, else name (also when e is nil).
func (e *exception) code(name string) string {
	if e == nil || e.ErrorCodeOverride == nil {
		return name
	}
	return *e.ErrorCodeOverride
}

// errorString formats an exception as the official client does: "Code: message".
func errorString(e smithy.APIError) string { return e.ErrorCode() + ": " + e.ErrorMessage() }

// clientFault is the fault of every exception: the model marks each as the
// client's.
const clientFault = smithy.FaultClient

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// ConcurrentModificationException means the service could not make the change now ("An API error occurred",
// the model says): wait a few minutes and try again.
type ConcurrentModificationException struct{ Message, ErrorCodeOverride *string }

func (e *ConcurrentModificationException) Error() string               { return errorString(e) }
func (e *ConcurrentModificationException) ErrorMessage() string        { return deref(e.Message) }
func (*ConcurrentModificationException) ErrorFault() smithy.ErrorFault { return clientFault }
func (e *ConcurrentModificationException) ErrorCode() string {
	return (*exception)(e).code("ConcurrentModificationException")
}

// IncompatibleImageException means the image cannot be updated because it is not compatible for updates.
type IncompatibleImageException struct{ Message, ErrorCodeOverride *string }

func (e *IncompatibleImageException) Error() string               { return errorString(e) }
func (e *IncompatibleImageException) ErrorMessage() string        { return deref(e.Message) }
func (*IncompatibleImageException) ErrorFault() smithy.ErrorFault { return clientFault }
func (e *IncompatibleImageException) ErrorCode() string {
	return (*exception)(e).code("IncompatibleImageException")
}

// InvalidAccountStatusException means the resource cannot be created because the AWS account is suspended;
// AWS Support can help.
type InvalidAccountStatusException struct{ Message, ErrorCodeOverride *string }

func (e *InvalidAccountStatusException) Error() string               { return errorString(e) }
func (e *InvalidAccountStatusException) ErrorMessage() string        { return deref(e.Message) }
func (*InvalidAccountStatusException) ErrorFault() smithy.ErrorFault { return clientFault }
func (e *InvalidAccountStatusException) ErrorCode() string {
	return (*exception)(e).code("InvalidAccountStatusException")
}

// InvalidParameterCombinationException means the request combines parameters that cannot be used together,
// or lacks one that the others need.
type InvalidParameterCombinationException struct{ Message, ErrorCodeOverride *string }

func (e *InvalidParameterCombinationException) Error() string               { return errorString(e) }
func (e *InvalidParameterCombinationException) ErrorMessage() string        { return deref(e.Message) }
func (*InvalidParameterCombinationException) ErrorFault() smithy.ErrorFault { return clientFault }
func (e *InvalidParameterCombinationException) ErrorCode() string {
	return (*exception)(e).code("InvalidParameterCombinationException")
}

// InvalidRoleException means the IAM role given is invalid.
type InvalidRoleException struct{ Message, ErrorCodeOverride *string }

func (e *InvalidRoleException) Error() string               { return errorString(e) }
func (e *InvalidRoleException) ErrorMessage() string        { return deref(e.Message) }
func (*InvalidRoleException) ErrorFault() smithy.ErrorFault { return clientFault }
func (e *InvalidRoleException) ErrorCode() string {
	return (*exception)(e).code("InvalidRoleException")
}

// LimitExceededException means an account quota is reached, such as the number of fleets. It is not retried: waiting does not help.
type LimitExceededException struct{ Message, ErrorCodeOverride *string }

func (e *LimitExceededException) Error() string               { return errorString(e) }
func (e *LimitExceededException) ErrorMessage() string        { return deref(e.Message) }
func (*LimitExceededException) ErrorFault() smithy.ErrorFault { return clientFault }
func (e *LimitExceededException) ErrorCode() string {
	return (*exception)(e).code("LimitExceededException")
}

// OperationNotPermittedException means the operation is not allowed on the resource in its current state or configuration.
type OperationNotPermittedException struct{ Message, ErrorCodeOverride *string }

func (e *OperationNotPermittedException) Error() string               { return errorString(e) }
func (e *OperationNotPermittedException) ErrorMessage() string        { return deref(e.Message) }
func (*OperationNotPermittedException) ErrorFault() smithy.ErrorFault { return clientFault }
func (e *OperationNotPermittedException) ErrorCode() string {
	return (*exception)(e).code("OperationNotPermittedException")
}

// RequestLimitExceededException means the service cannot process the request now, because the account's
// Describe calls are being throttled by Amazon EC2. It is a throttle: the client retries it with backoff.
type RequestLimitExceededException struct{ Message, ErrorCodeOverride *string }

func (e *RequestLimitExceededException) Error() string               { return errorString(e) }
func (e *RequestLimitExceededException) ErrorMessage() string        { return deref(e.Message) }
func (*RequestLimitExceededException) ErrorFault() smithy.ErrorFault { return clientFault }
func (e *RequestLimitExceededException) ErrorCode() string {
	return (*exception)(e).code("RequestLimitExceededException")
}

// ResourceAlreadyExistsException means a resource with that name already exists.
type ResourceAlreadyExistsException struct{ Message, ErrorCodeOverride *string }

func (e *ResourceAlreadyExistsException) Error() string               { return errorString(e) }
func (e *ResourceAlreadyExistsException) ErrorMessage() string        { return deref(e.Message) }
func (*ResourceAlreadyExistsException) ErrorFault() smithy.ErrorFault { return clientFault }
func (e *ResourceAlreadyExistsException) ErrorCode() string {
	return (*exception)(e).code("ResourceAlreadyExistsException")
}

// ResourceInUseException means the resource is in use (for example, a fleet that is not stopped cannot be deleted).
type ResourceInUseException struct{ Message, ErrorCodeOverride *string }

func (e *ResourceInUseException) Error() string               { return errorString(e) }
func (e *ResourceInUseException) ErrorMessage() string        { return deref(e.Message) }
func (*ResourceInUseException) ErrorFault() smithy.ErrorFault { return clientFault }
func (e *ResourceInUseException) ErrorCode() string {
	return (*exception)(e).code("ResourceInUseException")
}

// ResourceNotAvailableException means the resource exists but cannot be used now.
type ResourceNotAvailableException struct{ Message, ErrorCodeOverride *string }

func (e *ResourceNotAvailableException) Error() string               { return errorString(e) }
func (e *ResourceNotAvailableException) ErrorMessage() string        { return deref(e.Message) }
func (*ResourceNotAvailableException) ErrorFault() smithy.ErrorFault { return clientFault }
func (e *ResourceNotAvailableException) ErrorCode() string {
	return (*exception)(e).code("ResourceNotAvailableException")
}

// ResourceNotFoundException means the named resource does not exist.
type ResourceNotFoundException struct{ Message, ErrorCodeOverride *string }

func (e *ResourceNotFoundException) Error() string               { return errorString(e) }
func (e *ResourceNotFoundException) ErrorMessage() string        { return deref(e.Message) }
func (*ResourceNotFoundException) ErrorFault() smithy.ErrorFault { return clientFault }
func (e *ResourceNotFoundException) ErrorCode() string {
	return (*exception)(e).code("ResourceNotFoundException")
}

// RetryableError reports false: a quota does not lift by retrying. The retryers
// of aws-sdk-go-v2 (retry.NewStandard, retry.NewAdaptiveMode) consult this before
// their list of throttle codes, which names LimitExceededException.
func (e *LimitExceededException) RetryableError() bool { return false }

// RetryableError reports true: AppStream sends RequestLimitExceededException
// when it throttles requests, and the default retry codes of aws-sdk-go-v2 do
// not name it.
func (e *RequestLimitExceededException) RetryableError() bool { return true }
