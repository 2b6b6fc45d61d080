"""Test stand-in for the `requests` package (not installed here, PyPI unreachable).

Implements only what the generated snippet calls -- post(url, headers=, data=, timeout=) -- with
urllib, sending `data` bytes untouched, so a round trip still proves the snippet's quoting.
"""
import urllib.error
import urllib.request


class Response:
    def __init__(self, status_code, headers, text):
        self.status_code = status_code
        self.headers = headers
        self.text = text


def post(url, headers=None, data=None, timeout=None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return Response(answer.status, answer.headers, answer.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        return Response(error.code, error.headers, error.read().decode("utf-8"))
