import * as Tooltip from '@radix-ui/react-tooltip';
import { useState, type ReactElement } from 'react';

interface DefectTooltipProps {
  lines: readonly string[];
  // The element holding the same words, the trigger's description while the tooltip is shut.
  descriptionId: string;
  children: ReactElement;
}

// What a highlighted cell or row holds, shown on hover and on keyboard focus beside it. The
// same words are the cell's accessible description, for those who never see the tooltip;
// while it is open the tooltip describes the cell instead, so nothing is read twice.
export function DefectTooltip({ lines, descriptionId, children }: DefectTooltipProps) {
  const [open, setOpen] = useState(false);
  const [headline, ...details] = lines;
  return (
    <Tooltip.Root open={open} onOpenChange={setOpen}>
      <Tooltip.Trigger asChild aria-describedby={open ? undefined : descriptionId}>
        {children}
      </Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content className="defect-tooltip" side="top" sideOffset={4} collisionPadding={8}>
          {/* The spaces keep the lines apart when a screen reader reads them as one. */}
          <strong>{headline}.</strong>
          {details.map((detail) => (
            <span key={detail}> {detail}</span>
          ))}
          <Tooltip.Arrow className="defect-tooltip-arrow" />
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}
