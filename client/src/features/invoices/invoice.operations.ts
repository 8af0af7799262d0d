import { graphql } from '../../api/generated/gql';

export const InvoicesQuery = graphql(`
  query Invoices($filter: InvoiceFilterInput, $first: Int, $after: String) {
    invoices(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        number
        kind
        status
        total
        amountDue
        dueDate
        overdue
        supplierName
        client {
          id
          name
        }
      }
    }
  }
`);

export const InvoiceQuery = graphql(`
  query Invoice($id: ID!) {
    invoice(id: $id) {
      id
      number
      kind
      status
      channel
      issueDate
      dueDate
      overdue
      subtotal
      taxBase
      tax
      total
      amountPaid
      amountDue
      version
      pdfUrl
      notes
      supplierName
      cancelReason
      handedOverDate
      handedOverTo
      client {
        id
        name
      }
      campaign {
        id
        name
      }
      lines {
        description
        quantity
        unitPrice
        taxCode
        amount
      }
      creditNote {
        number
        date
        total
      }
      delivery {
        state
        attempts
        lastError
        recipient
        sentAt
      }
      payments {
        paymentId
        amount
        date
        method
        reference
        paymentVersion
        reversedAt
        reversalReason
      }
      reminders {
        id
        step
        channel
        day
        recipient
        activityId
        deliveryState
      }
    }
  }
`);

export const CreateInvoiceMutation = graphql(`
  mutation CreateInvoice($input: CreateInvoiceInput!) {
    createInvoice(input: $input) {
      id
    }
  }
`);

export const IssueInvoiceMutation = graphql(`
  mutation IssueInvoice($id: ID!, $channel: InvoiceChannel!) {
    issueInvoice(id: $id, channel: $channel) {
      id
    }
  }
`);

export const CancelInvoiceMutation = graphql(`
  mutation CancelInvoice($id: ID!, $reason: String!) {
    cancelInvoice(id: $id, reason: $reason) {
      id
    }
  }
`);

export const HandOverInvoiceMutation = graphql(`
  mutation HandOverInvoice($id: ID!, $date: LocalDate!, $receivedBy: String!) {
    markInvoiceHandedOver(id: $id, date: $date, receivedBy: $receivedBy) {
      id
    }
  }
`);

export const RecordPaymentMutation = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      id
      unallocated
    }
  }
`);

export const AgingQuery = graphql(`
  query ReceivablesAging($kind: InvoiceKind, $asOf: LocalDate, $officerId: ID) {
    receivablesAging(kind: $kind, asOf: $asOf, officerId: $officerId, first: 100) {
      asOf
      current
      d1to30
      d31to60
      d61to90
      over90
      total
      rowCount
      officers {
        officerId
        officerName
        current
        d1to30
        d31to60
        d61to90
        over90
        total
      }
      offices {
        officeId
        officeName
        current
        d1to30
        d31to60
        d61to90
        over90
        total
      }
      rows {
        client {
          id
          name
        }
        supplierName
        current
        d1to30
        d31to60
        d61to90
        over90
        total
      }
    }
  }
`);

export const InvoiceClientsQuery = graphql(`
  query InvoiceClients($filter: ClientFilterInput) {
    clients(filter: $filter, first: 50) {
      nodes {
        id
        name
      }
    }
  }
`);

export const ReversePaymentMutation = graphql(`
  mutation ReversePayment($id: ID!, $reason: String!, $expectedVersion: Int) {
    reversePayment(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      id
      version
      reversedAt
    }
  }
`);

export const TaxSummaryQuery = graphql(`
  query TaxSummary($month: String!, $officeId: ID) {
    taxSummary(month: $month, officeId: $officeId) {
      month
      outputTaxBase
      outputTax
      inputTaxBase
      inputTax
      csvUrl
      lines {
        invoiceId
        kind
        number
        issueDate
        partyName
        npwp
        taxBase
        tax
      }
    }
  }
`);
